package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Inventory;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** MIG-208: global modules App Service's own applicationHost.config does not load. */
public final class GlobalModule extends ReadinessCheck {
    public GlobalModule() {
        super("MIG-208", Target.AZURE_APP_SERVICE);
    }

    /** Modules App Service's own applicationHost.config provides (the migration assistant's allow-list, by name). */
    static final Set<String> ALLOWED_MODULES = Set.of(
            "uricachemodule",
            "filecachemodule",
            "tokencachemodule",
            "httpcachemodule",
            "dynamiccompressionmodule",
            "staticcompressionmodule",
            "defaultdocumentmodule",
            "directorylistingmodule",
            "protocolsupportmodule",
            "httpredirectionmodule",
            "serversideincludemodule",
            "staticfilemodule",
            "anonymousauthenticationmodule",
            "certificatemappingauthenticationmodule",
            "urlauthorizationmodule",
            "basicauthenticationmodule",
            "windowsauthenticationmodule",
            "digestauthenticationmodule",
            "iiscertificatemappingauthenticationmodule",
            "customerrormodule",
            "isapimodule",
            "httploggingmodule",
            "loggingmodule",
            "cgimodule",
            "fastcgimodule",
            "configurationvalidationmodule",
            "requestfilteringmodule",
            "customloggingmodule",
            "failedrequeststracingmodule",
            "requestmonitormodule",
            "tracingmodule",
            "isapifiltermodule",
            "managedengine",
            "managedengine64",
            "managedenginev4.0_32bit",
            "managedenginev4.0_64bit",
            "managedenginev2.0_32bit",
            "managedenginev2.0_64bit",
            "rewritemodule",
            "applicationrequestrouting",
            "aspnetcoremodule",
            "aspnetcoremodulev2",
            "iisnode",
            "modsecurity iis (32bits)",
            "modsecurity iis (64bits)",
            "httpplatformhandler",
            "websocketmodule",
            "webdavmodule",
            "applicationinitializationmodule",
            "dynamicipsecuritymodule",
            "iprestrictionmodule");

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> modules = new ArrayList<>();
        for (Inventory.Component m : site.config().inventory().globalModules()) {
            if (!ALLOWED_MODULES.contains(m.name().toLowerCase(Locale.ROOT))) modules.add(m.location());
        }
        return modules.isEmpty()
                ? pass("no global module outside App Service's set")
                : fail("global modules App Service does not provide", modules);
    }
}
