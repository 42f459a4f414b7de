package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Site;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** MIG-207: content on UNC shares, which App Service cannot reach. */
public final class VirtualDirectory extends ReadinessCheck {
    public VirtualDirectory() {
        super("MIG-207", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> unc = new ArrayList<>();
        for (Site.Application a : site.site().applications()) {
            for (Site.VirtualDirectory v : a.virtualDirectories()) if (unc(v.physicalPath())) unc.add(v.location());
        }
        return unc.isEmpty()
                ? pass("no UNC content path")
                : fail("content on UNC shares: App Service cannot reach them; copy the content into the app", unc);
    }

    /** \\server\share and \\?\UNC\server\share are shares; \\?\D:\… is a local path in the long form. */
    static boolean unc(String path) {
        return (path.startsWith("\\\\") && !path.startsWith("\\\\?\\"))
                || path.toUpperCase(Locale.ROOT).startsWith("\\\\?\\UNC\\");
    }
}
