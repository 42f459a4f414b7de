package io.iislint.rules.aspnet;

import java.util.Optional;

/** IIS-1110: the forms authentication ticket carried in URLs. */
public final class FormsCookieless extends FormsRule {
    public FormsCookieless() {
        super("IIS-1110", "cookieless");
    }

    @Override
    Optional<String> judge(String value) {
        if (value.equals("UseCookies") || value.equalsIgnoreCase("false")) return Optional.empty();
        return Optional.of("the forms authentication ticket may travel in the URL: it leaks through Referer headers,"
                + " logs and shared links");
    }
}
