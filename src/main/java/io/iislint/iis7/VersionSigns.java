package io.iislint.iis7;

import io.iislint.model.IisVersion;
import io.iislint.model.IisVersion.Release;
import io.iislint.xml.XmlComment;
import io.iislint.xml.XmlElement;
import java.util.List;
import java.util.Locale;

/** What an applicationHost.config shows of the IIS version that wrote it (see {@link IisVersion} for the signs). */
final class VersionSigns {
    private VersionSigns() {}

    static IisVersion of(XmlElement root, List<XmlComment> comments) {
        for (XmlComment c : comments) {
            if (c.text().contains("%IIS_USER_HOME%") || c.text().contains("%IIS_BIN%"))
                return new IisVersion(
                        Release.EXPRESS,
                        "a comment at line " + c.location().line()
                                + " names IIS Express's %IIS_USER_HOME% or %IIS_BIN%");
        }
        boolean aes = false;
        for (XmlElement data : root.children("configProtectedData")) {
            for (XmlElement providers : data.children("providers")) {
                for (XmlElement add : providers.children("add")) {
                    String name = add.attribute("name").orElse("") + " "
                            + add.attribute("type").orElse("");
                    String n = name.toLowerCase(Locale.ROOT);
                    if (n.contains("iiscngprovider"))
                        return new IisVersion(
                                Release.IIS_10,
                                "configProtectedData lists IISCngProvider at line "
                                        + add.location().line());
                    if (n.contains("aesprovider")) aes = true;
                }
            }
        }
        if (aes)
            return new IisVersion(
                    Release.IIS_7_TO_85,
                    "configProtectedData lists AesProvider but not IISCngProvider, which every IIS 10 install adds");
        return IisVersion.UNKNOWN;
    }
}
