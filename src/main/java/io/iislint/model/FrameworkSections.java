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
 * Where ASP.NET lets a {@code system.web} section be set, as the stock .NET Framework 4 machine.config declares it
 * ({@code allowDefinition} in its {@code <configSections>}; Microsoft Learn, ConfigurationAllowDefinition): a section
 * missing here may be set anywhere. machine.config sets no {@code overrideModeDefault}, so none is locked. ASP.NET,
 * not IIS, enforces these: a web.config that breaks one fails its application's ASP.NET requests with a
 * configuration error.
 */
final class FrameworkSections {
    private FrameworkSections() {}

    static final Set<String> GROUPS = Set.of("system.web", "system.web/caching");

    private static final List<String> MACHINE_ONLY = List.of("deployment", "processModel");
    private static final List<String> MACHINE_TO_WEB_ROOT = List.of("protocols");
    private static final List<String> MACHINE_TO_APPLICATION = List.of(
            "anonymousIdentification",
            "authentication",
            "fullTrustAssemblies",
            "healthMonitoring",
            "hostingEnvironment",
            "machineKey",
            "membership",
            "partialTrustVisibleAssemblies",
            "profile",
            "roleManager",
            "securityPolicy",
            "sessionState",
            "siteMap",
            "trust",
            "urlMappings",
            "caching/cache",
            "caching/outputCache",
            "caching/outputCacheSettings",
            "caching/sqlCacheDependency");

    static final Map<String, Declaration> DECLARATIONS = declarations();

    private static Map<String, Declaration> declarations() {
        Map<String, Declaration> d = new HashMap<>();
        put(d, MACHINE_ONLY, AllowDefinition.MACHINE_ONLY);
        put(d, MACHINE_TO_WEB_ROOT, AllowDefinition.MACHINE_TO_WEB_ROOT);
        put(d, MACHINE_TO_APPLICATION, AllowDefinition.MACHINE_TO_APPLICATION);
        return Map.copyOf(d);
    }

    private static void put(Map<String, Declaration> d, List<String> sections, AllowDefinition where) {
        for (String s : sections) {
            String path = "system.web/" + s;
            d.put(SectionLocks.key(path), new Declaration(path, Mode.ALLOW, where, Optional.empty()));
        }
    }

    /** Whether {@code section} is one of ASP.NET's ({@code system.web/…}), whose declarations these are. */
    static boolean isAspNet(String section) {
        return SectionLocks.key(section).startsWith("system.web/");
    }
}
