package io.iislint.rules.asp;

import io.iislint.rules.SectionSwitchRule;

/** IIS-401: {@code #include} and MapPath may climb out of the application with "..". */
public final class AspParentPaths extends SectionSwitchRule {
    public AspParentPaths() {
        super(
                "IIS-401",
                "asp",
                "enableParentPaths",
                s -> s.asp().enableParentPaths(),
                "ASP pages may use \"..\" in #include and Server.MapPath to reach files outside the application");
    }
}
