package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.rules.Param;
import java.util.List;

/** IIS-1209: a file extension the server's request filtering denies (.config, .mdb, .cs, …) allowed again below. */
public final class DeniedExtensionAllowed extends ProtectedEntriesRule {
    static final Param<String> EXTENSIONS =
            Param.text("extensions", ".config .asa .asax .ascx .cs .vb .csproj .vbproj .resx .mdb .mdf .ldf");

    public DeniedExtensionAllowed() {
        super("IIS-1209", "system.webServer/security/requestFiltering/fileExtensions", "fileExtension", EXTENSIONS);
    }

    @Override
    boolean protects(Settings.Entry e) {
        return denies(e);
    }

    @Override
    String message(List<String> takenAway) {
        return "request filtering no longer denies " + String.join(" ", takenAway)
                + " here: such files can be downloaded wherever a handler or MIME map serves them";
    }
}
