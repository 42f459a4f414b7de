package io.iislint.rules.aspnet;

import java.util.Optional;

/** IIS-1111: the forms authentication ticket not both encrypted and validated. */
public final class FormsProtectionWeak extends FormsRule {
    public FormsProtectionWeak() {
        super("IIS-1111", "protection");
    }

    @Override
    Optional<String> judge(String value) {
        if (value.equals("All")) return Optional.empty();
        // names ASP.NET refuses are a configuration error, not a weak ticket
        if (!value.equals("None") && !value.equals("Encryption") && !value.equals("Validation"))
            return Optional.empty();
        return Optional.of(
                "the forms authentication ticket is not both encrypted and validated: it can be read or" + " forged");
    }
}
