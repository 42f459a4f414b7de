package io.iislint.rules.extensions;

import io.iislint.model.ConfigPath;
import io.iislint.model.AccessFlag;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SectionSwitchRule;
import java.util.Set;

/** What IIS will execute or serve: ISAPI/CGI restrictions, handler permissions, directory listings, MIME types. */
public final class ExtensionRules {
    private ExtensionRules() {}

    /** IIS-801: any ISAPI DLL may run, listed or not. */
    public static final class UnlistedIsapiAllowed extends SectionSwitchRule {
        public UnlistedIsapiAllowed() {
            super("IIS-801", "security/isapiCgiRestriction", "notListedIsapisAllowed",
                    s -> s.isapiCgiRestriction().notListedIsapisAllowed(),
                    "ISAPI extensions missing from the allowed list (isapiCgiRestriction; Web Service Extensions on IIS 6) may run: any DLL a handler names is loaded");
        }
    }

    /** IIS-802: any CGI executable may run, listed or not. */
    public static final class UnlistedCgiAllowed extends SectionSwitchRule {
        public UnlistedCgiAllowed() {
            super("IIS-802", "security/isapiCgiRestriction", "notListedCgisAllowed",
                    s -> s.isapiCgiRestriction().notListedCgisAllowed(),
                    "CGI programs missing from the allowed list (isapiCgiRestriction; Web Service Extensions on IIS 6) may run: any executable a handler names is started");
        }
    }

    /** IIS-803: handlers may write files and execute scripts at the same place. */
    public static final class WriteAndExecute implements Rule {
        @Override
        public String id() {
            return "IIS-803";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (WebServerScope scope : config.scopes()) {
                var v = scope.handlers().accessPolicy();
                if (!v.isSet()) continue;
                Set<AccessFlag> flags = v.value();
                if (!flags.contains(AccessFlag.Write) || !(flags.contains(AccessFlag.Script) || flags.contains(AccessFlag.Execute))) continue;
                if (!scope.decides(v)) continue;
                ctx.finding(scope)
                        .message("handlers are granted Write together with Script or Execute: an uploaded file can then be run")
                        .value(new ConfigPath.SectionSetting(scope, "handlers", "@accessPolicy"), v)
                        .report();
            }
        }
    }

    /** IIS-804: directory listings. */
    public static final class DirectoryBrowsing extends SectionSwitchRule {
        public DirectoryBrowsing() {
            super("IIS-804", "directoryBrowse", "enabled", s -> s.directoryBrowse().enabled(),
                    "directory browsing is on: folders without a default document list their files");
        }
    }

    /** IIS-805: a MIME map for every extension: any file, config and source included, is downloadable. */
    public static final class WildcardMimeMap implements Rule {
        @Override
        public String id() {
            return "IIS-805";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (IisConfig.Scoped<WebServerScope.MimeMap> s : config.distinctMimeMaps()) {
                String ext = s.entry().fileExtension().trim();
                if (!ext.equals("*") && !ext.equals(".*")) continue;
                ctx.finding(s.scope()).subject("mimeMap", ext).at(s.entry().location())
                        .about(new ConfigPath.MimeMapSetting(ext))
                        .message("the MIME map for '" + ext + "' (" + s.entry().mimeType() + ") in " + s.scope().configPath() + " makes the static file handler"
                                + " serve files of every extension, including ones never meant to be downloaded")
                        .fix("ext", ext)
                        .report();
            }
        }
    }
}
