package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Inventory;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * MIG-212: connection strings written in configuration, which move to App Service's settings. An
 * applicationHost.config rarely holds them: they live in the sites' web.config files, so finding none there says
 * nothing (unknown); an IIS 6 metabase or a web.config is the whole story.
 */
public final class ConnectionStrings extends ReadinessCheck {
    public ConnectionStrings() {
        super("MIG-212", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> conn = new ArrayList<>();
        for (Inventory.Component c : site.config().inventory().connectionStrings()) conn.add(c.location());
        if (!conn.isEmpty()) return warn(conn.size() + " connection string(s) in configuration: move them to App Service settings", conn);
        boolean wholeStory = site.config().isIis6() || site.config().kind() == FileKind.WEB_CONFIG;
        return wholeStory ? pass("no connection string in this file")
                : unknown("connection strings live in the sites' web.config files: audit them too", List.of());
    }
}
