package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1125: machineKey decryption DES or 3DES. The keys are never read. */
public final class MachineKeyWeakDecryption extends SettingRule<String> {
    public MachineKeyWeakDecryption() {
        super("IIS-1125", "system.web/machineKey", "decryption");
    }

    @Override
    protected Value<String> read(Settings settings, String section, String attribute) {
        return settings.text(section, attribute);
    }

    @Override
    protected Optional<String> judge(String decryption, WebServerScope scope, RuleContext ctx) {
        String d = decryption.trim();
        // ASP.NET reads the names with their letter case
        if (!d.equals("DES") && !d.equals("3DES")) return Optional.empty();
        return Optional.of("view state and forms authentication tickets are encrypted with " + d
                + ", a cipher with a short key or block that is no longer considered safe; Auto or AES uses AES");
    }
}
