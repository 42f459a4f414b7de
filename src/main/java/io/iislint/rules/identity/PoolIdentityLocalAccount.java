package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IdentityType;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * IIS-111: a SpecificUser pool identity that is a local account of the server. {@code .\name} and
 * {@code localhost\name} are local for certain; {@code NAME\svc} is local when NAME is one of the computer names the
 * parameter lists (a file cannot tell a computer's name from a domain's). A bare name or a UPN is not judged.
 */
public final class PoolIdentityLocalAccount extends PoolRule {
    static final Param<String> COMPUTER_NAMES = Param.text("computerNames", "");

    public PoolIdentityLocalAccount() {
        super("IIS-111", COMPUTER_NAMES);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        if (!pool.processModel().identityType().is(IdentityType.SpecificUser)) return;
        var user = pool.processModel().userName();
        String name = user.known().map(String::trim).orElse("");
        int slash = name.indexOf('\\');
        if (slash <= 0 || slash == name.length() - 1 || name.indexOf('\\', slash + 1) >= 0) return;
        String prefix = name.substring(0, slash).toLowerCase(Locale.ROOT);
        Set<String> computers = Stream.of(ctx.get(COMPUTER_NAMES).split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String why;
        if (prefix.equals(".") || prefix.equals("localhost"))
            why = "'" + name.substring(0, slash) + "\\' is this server";
        else if (computers.contains(prefix))
            why = "'" + name.substring(0, slash) + "' is a computer name the computerNames parameter lists";
        else return;
        ctx.finding(pool)
                .message("runs as the local account '" + name + "' (" + why + "): its password is kept on this server"
                        + " alone, and only someone with rights on this server can change, disable or revoke it; a"
                        + " domain account or a group managed service account is managed and revoked centrally")
                .value(new PoolSetting(pool, "processModel/@userName"), user)
                .report();
    }
}
