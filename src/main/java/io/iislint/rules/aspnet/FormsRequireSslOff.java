package io.iislint.rules.aspnet;

import java.util.Optional;

/** IIS-1109: the forms authentication ticket cookie sent over plain HTTP. */
public final class FormsRequireSslOff extends FormsRule {
    public FormsRequireSslOff() {
        super("IIS-1109", "requireSSL");
    }

    @Override
    Optional<String> judge(String value) {
        if (value.equalsIgnoreCase("true")) return Optional.empty();
        return Optional.of("forms authentication sends its ticket cookie over plain HTTP too: whoever reads it on"
                + " the way is logged on as the user");
    }
}
