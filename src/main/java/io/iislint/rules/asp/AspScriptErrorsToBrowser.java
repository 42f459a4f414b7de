package io.iislint.rules.asp;

import io.iislint.rules.SectionSwitchRule;

/** IIS-402: ASP script errors, with file names and line numbers, shown to visitors. */
public final class AspScriptErrorsToBrowser extends SectionSwitchRule {
    public AspScriptErrorsToBrowser() {
        super(
                "IIS-402",
                "asp",
                "scriptErrorSentToBrowser",
                s -> s.asp().scriptErrorSentToBrowser(),
                "ASP script errors, with file paths and line numbers, are sent to the browser");
    }
}
