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

/** MIG-201: https bindings: the site moves, its certificate does not. */
public final class HttpsBinding extends ReadinessCheck {
    public HttpsBinding() {
        super("MIG-201", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> https = new ArrayList<>();
        for (Site.Binding b : site.site().bindings())
            if (b.protocol().toLowerCase(Locale.ROOT).equals("https")) https.add(b.location());
        return https.isEmpty()
                ? pass("no https binding")
                : warn("https bindings: upload the certificate to App Service after migration", https);
    }
}
