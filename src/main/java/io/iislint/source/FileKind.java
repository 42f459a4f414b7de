package io.iislint.source;

/** What an input file is, as far as IIS is concerned. */
public enum FileKind {
    /** A server's applicationHost.config (or an IIS Express one): holds system.applicationHost. */
    APPLICATION_HOST("applicationHost"),
    /** A site or application web.config: system.webServer and friends, no system.applicationHost. */
    WEB_CONFIG("web.config"),
    /** A piece of IIS configuration whose root is a section or an element inside one (e.g. a lone site). */
    FRAGMENT("fragment"),
    /**
     * The XML output of {@code appcmd list apppool /config /xml} or {@code appcmd list site /config /xml}: the pools'
     * or sites' own elements, each in a wrapper holding effective values; the defaults they inherit are not in it. Or
     * that of {@code appcmd list config [PATH] [/section:NAME] /xml}: sections with their effective values at a
     * configuration path, who set them not said.
     */
    APPCMD("appcmd"),
    /**
     * A server's redirection.config: whether IIS reads its applicationHost.config from elsewhere (shared
     * configuration, {@code configurationRedirection}).
     */
    REDIRECTION("redirection.config"),
    /**
     * A .NET Framework machine.config (configuration path MACHINE): it declares the framework's sections
     * ({@code system.web} among them) and sets machine-wide ASP.NET settings such as {@code processModel}.
     */
    MACHINE_CONFIG("machine.config"),
    /**
     * The root web.config of a .NET Framework version (configuration path MACHINE/WEBROOT, beside machine.config in
     * its {@code Config} folder): ASP.NET's defaults for every application, the trust levels among them.
     */
    ROOT_WEB_CONFIG("root web.config"),
    /**
     * IIS's administration.config (beside applicationHost.config): IIS Manager's modules, its users and who may
     * manage what ({@code system.webServer/management}).
     */
    ADMINISTRATION("administration.config"),
    /** An IIS 6 MetaBase.xml: the whole IIS 6 configuration (pools, sites, virtual directories, service settings). */
    METABASE("MetaBase.xml"),
    /** The IIS 6 FastCGI extension's fcgiext.ini: FastCGI process pools and the extensions mapped to them. */
    FCGIEXT("fcgiext.ini"),
    /** An iislint policy file (.iislint.xml): listed when it has findings of its own (an expired exemption). */
    POLICY("policy");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** The name used in reports. */
    public String label() {
        return label;
    }
}
