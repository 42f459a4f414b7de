package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Iis6;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MIG-103: fcgiext.ini settings that IIS 7+ drops (what IIS-307 reports of the file), for the sites whose requests
 * reach them through [Types]. Only a site that maps requests to the FastCGI extension is judged.
 */
public final class FcgiextSettings extends ReadinessCheck {
    public FcgiextSettings() {
        super("MIG-103", Target.IIS10);
    }

    @Override
    public boolean appliesTo(SiteFacts site) {
        return site.handlers().stream()
                .anyMatch(h -> h.scriptProcessor().toLowerCase(Locale.ROOT).endsWith("fcgiext.dll"));
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        if (site.fcgiext().isEmpty()) {
            return unknown(
                    "the site uses the FastCGI extension; audit its fcgiext.ini with this file to judge what carries over",
                    List.of());
        }
        List<Location> dropped = new ArrayList<>();
        for (Iis6.FcgiextSetting f : site.fcgiext().get()) {
            if (f.isDropped() && f.appliesToSite(site.site().id())) dropped.add(f.location());
        }
        return dropped.isEmpty()
                ? pass("every fcgiext.ini setting the site's [Types] reach carries over")
                : warn(
                        dropped.size() + " fcgiext.ini setting(s) are dropped on the way to IIS 7+ (see IIS-307)",
                        dropped);
    }
}
