package io.iislint.model;

import java.util.Optional;

/**
 * What a finding is about, named by what it is (a pool's attribute, a section's attribute at a scope, a site's
 * element, …) rather than spelled. A dialect spells it for the kind of file at hand: an IIS 7+ configuration path
 * ({@code system.applicationHost/applicationPools/add[@name='Shop']/processModel/@identityType}) or an IIS 6
 * metabase property ({@code /LM/W3SVC/AppPools/Shop/AppPoolIdentityType}). Paths below an element are written as
 * IIS writes them: {@code processModel/@identityType}, {@code @queueLength}, {@code limits/@bufferingLimit}.
 */
public sealed interface ConfigPath {

    /** An application pool's attribute or element ({@code processModel/@identityType}, {@code @name}). */
    record PoolSetting(ApplicationPool pool, String path) implements ConfigPath {}

    /**
     * An attribute or element of a {@code system.webServer} section at one scope: {@code section} is the section's
     * path below {@code system.webServer} ({@code asp}, {@code security/authentication/anonymousAuthentication}),
     * {@code path} what is below it ({@code @enableParentPaths}, {@code limits/@bufferingLimit}).
     */
    record SectionSetting(WebServerScope scope, String section, String path) implements ConfigPath {}

    /** A site's element or attribute ({@code bindings}, {@code bindings/binding/@bindingInformation}). */
    record SiteSetting(Site site, String path) implements ConfigPath {}

    /** An application's attribute ({@code @applicationPool}), or the application element itself when empty. */
    record ApplicationSetting(Site site, Site.Application application, String path) implements ConfigPath {}

    /** A virtual directory's attribute ({@code @password}). */
    record VirtualDirectorySetting(
            Site site, Site.Application application, Site.VirtualDirectory virtualDirectory, String path)
            implements ConfigPath {}

    /** A handler mapping ({@code system.webServer/handlers/add[@name='…']}), or one of its attributes. */
    record HandlerSetting(String name, Optional<String> path) implements ConfigPath {}

    /** A MIME map of {@code system.webServer/staticContent}, by its extension. */
    record MimeMapSetting(String extension) implements ConfigPath {}

    /** A FastCGI application's attribute ({@code instanceMaxRequests}), as written in {@code system.webServer/fastCgi}. */
    record FastCgiSetting(FastCgiApplication application, String attribute) implements ConfigPath {}

    /** An IIS 6 metabase property with no IIS 7+ counterpart, on its key ({@code AnonymousPasswordSync}). */
    record MetabaseProperty(String key, String property) implements ConfigPath {}

    /** A key of an fcgiext.ini section. */
    record IniKey(String section, String key) implements ConfigPath {}

    /** A path a reader wrote down for a value IIS refuses (IIS-001): shown as it is. */
    record Written(String path) implements ConfigPath {}
}
