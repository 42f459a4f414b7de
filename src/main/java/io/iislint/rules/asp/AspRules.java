package io.iislint.rules.asp;

import io.iislint.rules.SectionSwitchRule;

/** Classic ASP ({@code system.webServer/asp}). */
public final class AspRules {
    private AspRules() {}

    /** IIS-401: {@code #include} and MapPath may climb out of the application with "..". */
    public static final class ParentPaths extends SectionSwitchRule {
        public ParentPaths() {
            super("IIS-401", "asp", "enableParentPaths", s -> s.asp().enableParentPaths(),
                    "ASP pages may use \"..\" in #include and Server.MapPath to reach files outside the application");
        }
    }

    /** IIS-402: ASP script errors, with file names and line numbers, shown to visitors. */
    public static final class ScriptErrorsToBrowser extends SectionSwitchRule {
        public ScriptErrorsToBrowser() {
            super("IIS-402", "asp", "scriptErrorSentToBrowser", s -> s.asp().scriptErrorSentToBrowser(),
                    "ASP script errors, with file paths and line numbers, are sent to the browser");
        }
    }
}
