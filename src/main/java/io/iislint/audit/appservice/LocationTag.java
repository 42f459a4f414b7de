package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * MIG-204: {@code <location>} tags for the site in applicationHost.config, which App Service replaces with its own.
 * An IIS 6 metabase has no such tags: the check is not made there.
 */
public final class LocationTag extends ReadinessCheck {
    public LocationTag() {
        super("MIG-204", Target.AZURE_APP_SERVICE);
    }

    @Override
    public boolean appliesTo(SiteFacts site) {
        return !site.config().isIis6();
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> tags = new ArrayList<>();
        for (WebServerScope scope : site.scopes())
            if (scope.kind() == WebServerScope.Kind.LOCATION) tags.add(scope.location());
        return tags.isEmpty()
                ? pass("no <location> tag for the site in applicationHost.config")
                : fail(
                        "<location> tags for the site: App Service writes its own applicationHost.config; move the settings to web.config",
                        tags);
    }
}
