package io.iislint.model;

import io.iislint.model.SectionLocks.AllowDefinition;
import io.iislint.model.SectionLocks.Declaration;
import io.iislint.model.SectionLocks.Mode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The section declarations of a stock IIS 10 applicationHost.config (its {@code <configSections>}): used for an
 * export that declares none. Taken from the stock files of IIS 7.5 to 10 and IIS Express: the same in all of them
 * except {@code httpCompression}, which IIS 10 declares Allow and IIS 7.5 to 8.5 Deny / AppHostOnly.
 */
final class StockSections {
    private StockSections() {}

    static final Set<String> GROUPS = Set.of(
            "system.applicationhost",
            "system.webserver",
            "system.webserver/security",
            "system.webserver/security/authentication",
            "system.webserver/tracing",
            "system.webserver/webdav");

    private static final List<String> DENY = List.of(
            "asp",
            "cgi",
            "handlers",
            "httpLogging",
            "httpTracing",
            "odbcLogging",
            "serverRuntime",
            "serverSideInclude",
            "webSocket",
            "security/access",
            "security/applicationDependencies",
            "security/dynamicIpSecurity",
            "security/ipSecurity",
            "security/authentication/anonymousAuthentication",
            "security/authentication/basicAuthentication",
            "security/authentication/clientCertificateMappingAuthentication",
            "security/authentication/digestAuthentication",
            "security/authentication/iisClientCertificateMappingAuthentication",
            "security/authentication/windowsAuthentication",
            "tracing/traceProviderDefinitions",
            "webdav/authoring",
            "webdav/authoringRules",
            "webdav/globalSettings");
    private static final List<String> DENY_APPLICATION = List.of("modules", "isapiFilters");
    private static final List<String> DENY_APP_HOST =
            List.of("fastCgi", "globalModules", "security/isapiCgiRestriction");
    private static final List<String> ALLOW = List.of(
            "caching",
            "defaultDocument",
            "directoryBrowse",
            "httpCompression",
            "httpErrors",
            "httpProtocol",
            "httpRedirect",
            "staticContent",
            "urlCompression",
            "validation",
            "security/authorization",
            "security/requestFiltering",
            "tracing/traceFailedRequests");
    private static final List<String> APP_HOST = List.of(
            "applicationPools",
            "configHistory",
            "customMetadata",
            "listenerAdapters",
            "log",
            "serviceAutoStartProviders",
            "sites",
            "webLimits");

    static final Map<String, Declaration> DECLARATIONS = declarations();

    private static Map<String, Declaration> declarations() {
        Map<String, Declaration> d = new HashMap<>();
        for (String s : DENY) put(d, "system.webServer/" + s, Mode.DENY, AllowDefinition.EVERYWHERE);
        for (String s : DENY_APPLICATION)
            put(d, "system.webServer/" + s, Mode.DENY, AllowDefinition.MACHINE_TO_APPLICATION);
        for (String s : DENY_APP_HOST) put(d, "system.webServer/" + s, Mode.DENY, AllowDefinition.APP_HOST_ONLY);
        for (String s : ALLOW) put(d, "system.webServer/" + s, Mode.ALLOW, AllowDefinition.EVERYWHERE);
        put(d, "system.webServer/applicationInitialization", Mode.ALLOW, AllowDefinition.MACHINE_TO_APPLICATION);
        for (String s : APP_HOST) put(d, "system.applicationHost/" + s, Mode.DENY, AllowDefinition.APP_HOST_ONLY);
        return Map.copyOf(d);
    }

    private static void put(Map<String, Declaration> d, String section, Mode mode, AllowDefinition where) {
        d.put(SectionLocks.key(section), new Declaration(section, mode, where, Optional.empty()));
    }
}
