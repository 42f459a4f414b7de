package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Secret;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;

/**
 * IIS-103: a pool password written in clear text. Judged on every pool, even those IIS 5.0 isolation mode
 * ignores: the password is in the file whatever runs.
 */
public final class PoolPasswordCleartext implements Rule {
    @Override
    public String id() {
        return "IIS-103";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (ApplicationPool pool : config.applicationPools()) check(pool, ctx, appcmdNote(config));
    }

    /**
     * appcmd prints passwords decrypted: an export holds them in clear text even when applicationHost.config
     * encrypts them, so the finding is about the export, and the server's copy may be fine.
     */
    static String appcmdNote(IisConfig config) {
        return config.kind() == FileKind.APPCMD
                ? " (appcmd exports passwords decrypted, even where applicationHost.config encrypts them: treat this"
                        + " file as a secret)"
                : "";
    }

    private static void check(ApplicationPool pool, RuleContext ctx, String note) {
        var password = pool.processModel().password();
        if (!password.matches(Secret::isClearText)) return;
        String user = pool.processModel().userName().display();
        ctx.finding(pool)
                .message("the password of account '" + user + "' is stored in clear text in this file" + note)
                .value(new PoolSetting(pool, "processModel/@password"), password)
                .fix("user", user)
                .report();
    }
}
