package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * IIS-104: one account used by several pools. The same spelling (in any letter case) is the same account;
 * {@code CONTOSO\svc-web} and {@code svc-web@contoso.com} are probably the same one too: the same user, with the
 * NetBIOS domain as the first label of the UPN suffix, which is how domains are usually named (not always: said
 * as "probably").
 */
public final class PoolAccountShared implements Rule {
    @Override
    public String id() {
        return "IIS-104";
    }

    /** An account name split as Windows writes it: {@code DOMAIN} and user joined by a backslash, {@code user@suffix}, or a bare name. */
    private record Account(String written, String user, String domain, boolean upn) {
        static Account of(String written) {
            int slash = written.indexOf('\\');
            int at = written.lastIndexOf('@');
            if (slash > 0 && at < 0)
                return new Account(written, written.substring(slash + 1), written.substring(0, slash), false);
            if (at > 0 && slash < 0) {
                String suffix = written.substring(at + 1);
                int dot = suffix.indexOf('.');
                return new Account(
                        written, written.substring(0, at), dot < 0 ? suffix : suffix.substring(0, dot), true);
            }
            return new Account(written, written, "", false);
        }

        String exact() {
            return written.toLowerCase(Locale.ROOT);
        }

        /** What the other way of writing it would share: user and domain label; empty for a bare name. */
        String likely() {
            return domain.isEmpty() || user.isEmpty()
                    ? ""
                    : user.toLowerCase(Locale.ROOT) + "\0" + domain.toLowerCase(Locale.ROOT);
        }

        String suffix() {
            return written.substring(written.lastIndexOf('@') + 1);
        }
    }

    /** A pool with a named account: its userName as written, and the account it names. */
    private record Member(ApplicationPool pool, Value.Known<String> userName, Account account) {}

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Map<String, List<Member>> byExact = new LinkedHashMap<>();
        Map<String, List<Member>> downLevel = new LinkedHashMap<>(); // written with a backslash, by user and domain
        Map<String, List<Member>> upn = new LinkedHashMap<>(); // user@suffix, by user and the suffix's first label
        List<Member> members = new ArrayList<>();
        for (ApplicationPool pool : config.judgedPools()) {
            if (!pool.processModel().identityType().is(IdentityType.SpecificUser)) continue;
            // an account nobody wrote down cannot be compared with another
            if (!(pool.processModel().userName() instanceof Value.Known<String> userName)) continue;
            String user = userName.value().trim();
            if (user.isEmpty()) continue;
            Member m = new Member(pool, userName, Account.of(user));
            members.add(m);
            byExact.computeIfAbsent(m.account().exact(), k -> new ArrayList<>()).add(m);
            if (!m.account().likely().isEmpty()) {
                (m.account().upn() ? upn : downLevel)
                        .computeIfAbsent(m.account().likely(), k -> new ArrayList<>())
                        .add(m);
            }
        }
        for (Member m : members) {
            // the members other than this very one (m is in the list)
            @SuppressWarnings("ReferenceEquality")
            List<Member> same = Objects.requireNonNull(byExact.get(m.account().exact())).stream()
                    .filter(o -> o != m)
                    .toList();
            List<Member> probably = m.account().likely().isEmpty()
                    ? List.of()
                    : (m.account().upn() ? downLevel : upn)
                            .getOrDefault(m.account().likely(), List.of());
            if (same.isEmpty() && probably.isEmpty()) continue;
            ctx.finding(m.pool())
                    .message("runs as account '" + m.userName().value() + "', " + others(same, probably, m.account())
                            + ": a compromise of one pool reaches the others' files")
                    .value(new PoolSetting(m.pool(), "processModel/@userName"), m.userName())
                    .report();
        }
    }

    /** {@code also used by pool 'B' and probably by pool 'C' (written 'c@d.com': …)}. */
    private static String others(List<Member> same, List<Member> probably, Account self) {
        StringBuilder sb = new StringBuilder();
        if (!same.isEmpty()) sb.append("also used by ").append(pools(same));
        if (!probably.isEmpty()) {
            sb.append(same.isEmpty() ? "probably also used by " : " and probably by ")
                    .append(pools(probably));
            Account other = probably.get(0).account();
            Account upnSide = self.upn() ? self : other;
            Account downSide = self.upn() ? other : self;
            sb.append(" (written '")
                    .append(other.written())
                    .append("': the same user, with ")
                    .append(downSide.domain())
                    .append(" as the first label of ")
                    .append(upnSide.suffix())
                    .append(')');
        }
        return sb.toString();
    }

    private static String pools(List<Member> members) {
        return "pool" + (members.size() > 1 ? "s " : " ")
                + Names.some(members.stream().map(x -> x.pool().name()), members.size());
    }
}
