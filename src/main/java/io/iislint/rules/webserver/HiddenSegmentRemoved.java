package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.rules.Param;
import java.util.List;

/** IIS-1210: a hidden segment of the server's request filtering (web.config, bin, App_Data, …) taken away below. */
public final class HiddenSegmentRemoved extends ProtectedEntriesRule {
    static final Param<String> SEGMENTS = Param.text(
            "segments",
            "web.config bin App_code App_GlobalResources App_LocalResources App_WebReferences App_Data App_Browsers");

    public HiddenSegmentRemoved() {
        super("IIS-1210", "system.webServer/security/requestFiltering/hiddenSegments", "segment", SEGMENTS);
    }

    @Override
    boolean protects(Settings.Entry e) {
        return true;
    }

    @Override
    String message(List<String> takenAway) {
        return "request filtering no longer hides " + String.join(" ", takenAway)
                + " here: the site's configuration, assemblies or data files can be requested by URL";
    }
}
