package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.ApplicationPool;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** MIG-102: IIS 6's own accounts (IUSR_machine, IWAM_machine, IIS_WPG), which IIS 7+ no longer creates. */
public final class LegacyAccounts extends ReadinessCheck {
    public LegacyAccounts() {
        super("MIG-102", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> legacy = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (WebServerScope scope : site.scopes())
            add(scope.anonymousAuthentication().userName(), scope.location(), legacy, names);
        for (String pool : site.pools()) {
            Optional<ApplicationPool> p = site.pool(pool);
            if (p.isPresent()) add(p.get().processModel().userName(), p.get().location(), legacy, names);
        }
        return legacy.isEmpty()
                ? pass("no IUSR_<machine>, IWAM_<machine> or IIS_WPG reference")
                : warn(
                        String.join(", ", names) + ": IIS 7+ uses the built-in IUSR account and IIS_IUSRS group"
                                + " instead; set file permissions for those",
                        legacy);
    }

    private static void add(Value<String> user, Location fallback, List<Location> legacy, List<String> names) {
        if (!(user instanceof Value.Known<String> u) || !legacyAccount(u.value())) return;
        legacy.addAll(at(user, fallback));
        if (!names.contains(u.value())) names.add(u.value());
    }

    /** IUSR_machine, IWAM_machine or IIS_WPG, with or without a domain or machine before a backslash. */
    static boolean legacyAccount(String user) {
        String u = user.toUpperCase(Locale.ROOT);
        int slash = u.lastIndexOf('\\');
        String name = slash >= 0 ? u.substring(slash + 1) : u;
        return name.startsWith("IUSR_") || name.startsWith("IWAM_") || name.equals("IIS_WPG");
    }
}
