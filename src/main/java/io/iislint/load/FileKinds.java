package io.iislint.load;

import io.iislint.iis7.ConfigReader;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that tells what an input is. An {@code .ini} file is an fcgiext.ini (by its name: an ini file has
 * no content to tell it by); an XML file by its content: an IIS 6 metabase, an applicationHost.config, a
 * web.config, a fragment of IIS 7+ configuration, an appcmd export, or something iislint refuses with one reason (a schema, an XDT
 * transform, any other XML).
 */
public final class FileKinds {
    private FileKinds() {}

    private static final String XDT_NAMESPACE = "http://schemas.microsoft.com/XML-Document-Transform";

    /** The namespace of PowerShell's CLIXML, what Export-Clixml writes. */
    private static final String CLIXML_NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";

    /** Whether the file is read as text (an ini file) rather than as XML. */
    public static boolean isIni(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ini");
    }

    /**
     * Whether an input without a name that tells (standard input) reads as an ini file: its first character that is
     * not blank (after a UTF-8 or UTF-16 byte-order mark) opens a section ('[') or a comment (';'), which no XML
     * document starts with.
     */
    public static boolean looksLikeIni(byte[] bytes) {
        int i = 0;
        int step = 1;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            i = 2; // UTF-16LE: the character's low byte first
            step = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            i = 3; // UTF-16BE: the low byte second
            step = 2;
        }
        for (; i < bytes.length; i += step) {
            char c = (char) (bytes[i] & 0xFF);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
            return c == '[' || c == ';';
        }
        return false;
    }

    /** The kind of an XML input, from its root element; refused with one reason when it is not IIS configuration. */
    public static FileKind ofXml(XmlElement root) throws InputError {
        rejectTransform(root);
        rejectClixml(root);
        if (isMetabase(root)) return FileKind.METABASE;
        if (root.name().equals("appcmd")) {
            rejectUnreadAppcmd(root);
            rejectMixedAppcmd(root);
            return FileKind.APPCMD;
        }
        if (root.name().equals("configuration")
                && root.child("configurationRedirection").isPresent()) return FileKind.REDIRECTION;
        if (root.name().equals("configuration")) {
            if (holdsApplicationHost(root)) return FileKind.APPLICATION_HOST;
            if (declares(root, "system.web")) return FileKind.MACHINE_CONFIG;
            if (holdsRootTrustLevels(root)) return FileKind.ROOT_WEB_CONFIG;
            if (declares(root, "moduleProviders")
                    || root.child("moduleProviders").isPresent()) return FileKind.ADMINISTRATION;
            return FileKind.WEB_CONFIG;
        }
        if (ConfigReader.isFragmentRoot(root.name())) return FileKind.FRAGMENT;
        if (root.name().equals("configSchema") || root.name().equals("MetaData")) {
            throw new InputError(
                    root.location(),
                    "an IIS configuration schema (<" + root.name() + ">), not configuration:"
                            + " it declares settings and their defaults, there is nothing to lint");
        }
        throw new InputError(
                root.location(),
                "not IIS configuration: the root element is <" + root.name()
                        + ">, expected <configuration> (or an IIS section such as <system.webServer>)");
    }

    /** IIS 6 keeps its metabase in IIsConfigObject-style elements (IIsWebService, …) with a Location attribute. */
    private static boolean isMetabase(XmlElement root) {
        if (!root.name().equals("configuration")) return false;
        for (XmlElement c : root.children()) {
            if (c.name().equals("MBProperty")
                    || c.name().startsWith("IIs")
                    || c.name().equals("IIS_Global")) return true;
        }
        return false;
    }

    /**
     * Whether the file's {@code configSections} declares {@code name} (a section or a section group). Only
     * machine.config declares the framework's own groups such as {@code system.web}: a file below it cannot declare
     * them again. administration.config alone declares {@code moduleProviders}.
     */
    private static boolean declares(XmlElement root, String name) {
        Optional<XmlElement> sections = root.child("configSections");
        if (sections.isEmpty()) return false;
        for (XmlElement d : sections.get().children()) {
            if ((d.name().equals("section") || d.name().equals("sectionGroup"))
                    && d.attribute("name").map(name::equals).orElse(false)) return true;
        }
        return false;
    }

    /**
     * The root web.config defines the trust levels of ASP.NET code access security, the built-in {@code Full} level
     * with {@code policyFile="internal"} first; an application's web.config has no reason to.
     */
    private static boolean holdsRootTrustLevels(XmlElement root) {
        List<XmlElement> containers = new ArrayList<>(List.of(root));
        containers.addAll(root.children("location"));
        for (XmlElement c : containers) {
            Optional<XmlElement> policy = c.path("system.web", "securityPolicy");
            if (policy.isEmpty()) continue;
            for (XmlElement t : policy.get().children("trustLevel")) {
                if (t.attribute("name").map("Full"::equalsIgnoreCase).orElse(false)
                        && t.attribute("policyFile")
                                .map("internal"::equalsIgnoreCase)
                                .orElse(false)) return true;
            }
        }
        return false;
    }

    private static boolean holdsApplicationHost(XmlElement root) {
        if (root.child("system.applicationHost").isPresent()) return true;
        return root.children("location").stream()
                .anyMatch(l -> l.child("system.applicationHost").isPresent());
    }

    /**
     * {@code Get-WebConfiguration … | Export-Clixml} writes PowerShell's serialization of the objects, not the
     * configuration: property bags cut at the cmdlet's depth (2 by default), without the file's structure or lines.
     * Refused, saying what to export instead.
     */
    private static void rejectClixml(XmlElement root) throws InputError {
        if (!root.name().equals("Objs")
                || !root.attribute("xmlns").map(CLIXML_NAMESPACE::equals).orElse(false)) return;
        throw new InputError(
                root.location(),
                "PowerShell Export-Clixml output (serialized objects, cut at the cmdlet's depth), not IIS"
                        + " configuration: lint applicationHost.config itself"
                        + " (copy it from %windir%\\system32\\inetsrv\\config), or " + APPCMD_READ);
    }

    private static final String APPCMD_READ = "the XML of appcmd list apppool /config /xml, appcmd list site"
            + " /config /xml or appcmd list config [PATH] [/section:NAME] /xml";

    /** The configuration path every {@code <CONFIG>} of {@code appcmd list config} must be at or below. */
    public static final String APPHOST = "MACHINE/WEBROOT/APPHOST";

    /**
     * appcmd writes each object it lists in a wrapper named after its type ({@code <APPPOOL>}, {@code <SITE>},
     * {@code <APP>}, {@code <CONFIG>}, …), holding the object's configuration element only with {@code /config}
     * ({@code <CONFIG>} always holds its section). Pools, sites and configuration sections are read; any other
     * listing, one without {@code /config}, a section without its name or path, or one read at a path above
     * applicationHost.config is refused at its wrapper.
     */
    private static void rejectUnreadAppcmd(XmlElement root) throws InputError {
        for (XmlElement w : root.children()) {
            if (w.name().equals("CONFIG")) {
                rejectUnreadSection(w);
                continue;
            }
            String inner = switch (w.name()) {
                case "APPPOOL" -> "add";
                case "SITE" -> "site";
                default -> "";
            };
            if (inner.isEmpty()) {
                throw new InputError(
                        w.location(),
                        "appcmd output listing <" + w.name() + "> is not read: iislint reads " + APPCMD_READ);
            }
            if (w.lastChild(inner).isEmpty()) {
                throw new InputError(
                        w.location(),
                        "appcmd output without /config: <" + w.name() + "> holds names and state, no settings to"
                                + " lint; export " + APPCMD_READ);
            }
        }
    }

    /** One appcmd command lists one kind of object: a file holding sections and pools or sites was put together. */
    private static void rejectMixedAppcmd(XmlElement root) throws InputError {
        List<XmlElement> wrappers = root.children();
        boolean sections = wrappers.stream().anyMatch(w -> w.name().equals("CONFIG"));
        if (!sections) return;
        for (XmlElement w : wrappers) {
            if (!w.name().equals("CONFIG")) {
                throw new InputError(
                        w.location(),
                        "appcmd output mixing <CONFIG> with <" + w.name() + ">: no appcmd command writes both; lint"
                                + " each command's output as its own file");
            }
        }
    }

    /**
     * A {@code <CONFIG>} names its section ({@code CONFIG.SECTION}) and the configuration path it was read at
     * ({@code path}); iislint reads those at applicationHost.config's level or below it (a site, an application, a
     * folder), where IIS's sections live. The framework levels (MACHINE, MACHINE/WEBROOT) are files of their own.
     */
    private static void rejectUnreadSection(XmlElement w) throws InputError {
        if (w.attribute("CONFIG.SECTION").filter(s -> !s.isBlank()).isEmpty()) {
            throw new InputError(
                    w.location(), "appcmd <CONFIG> without CONFIG.SECTION: the section it holds is not named");
        }
        String section = w.attribute("CONFIG.SECTION").orElse("").trim();
        if (java.util.Arrays.stream(section.split("/", -1)).anyMatch(String::isBlank)) {
            throw new InputError(
                    w.locationOf("CONFIG.SECTION"),
                    "appcmd <CONFIG> names no section path (CONFIG.SECTION=\"" + section
                            + "\"): expected a name such as system.webServer/httpErrors");
        }
        Optional<String> path = w.attribute("path");
        if (path.isEmpty()) {
            throw new InputError(
                    w.location(),
                    "appcmd <CONFIG> without path: the configuration path its values are effective at is not"
                            + " named");
        }
        String p = path.get().trim();
        boolean apphost =
                p.equalsIgnoreCase(APPHOST) || p.regionMatches(true, 0, APPHOST + "/", 0, APPHOST.length() + 1);
        if (!apphost) {
            throw new InputError(
                    w.locationOf("path"),
                    "appcmd <CONFIG> read at path \"" + p + "\" is not read: iislint reads sections at " + APPHOST
                            + " and below; lint machine.config or the root web.config itself");
        }
    }

    /**
     * An XDT transform (web.Release.config, applicationHost.xdt) describes edits to another file; linting it
     * as configuration would report half-values. Refused, pointing at the first transform attribute.
     */
    private static void rejectTransform(XmlElement root) throws InputError {
        String prefix = null;
        for (Map.Entry<String, String> a : root.attributes().entrySet()) {
            if (a.getKey().startsWith("xmlns:") && a.getValue().equals(XDT_NAMESPACE))
                prefix = a.getKey().substring(6);
        }
        if (prefix == null) return;
        Location at = firstTransform(root, prefix + ":");
        throw new InputError(
                at,
                "an XDT transform (xdt:Transform), not a configuration file: apply it to the"
                        + " configuration it transforms, then lint the result");
    }

    private static Location firstTransform(XmlElement root, String prefix) {
        java.util.ArrayDeque<XmlElement> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            XmlElement e = todo.pop();
            for (String name : e.attributes().keySet()) {
                if (name.startsWith(prefix)) return e.locationOf(name);
            }
            for (int i = e.children().size() - 1; i >= 0; i--)
                todo.push(e.children().get(i));
        }
        return root.location();
    }
}
