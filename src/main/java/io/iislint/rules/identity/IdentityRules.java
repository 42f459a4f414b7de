package io.iislint.rules.identity;

import io.iislint.model.ConfigPath;
import io.iislint.model.ApplicationPool;
import io.iislint.model.Iis6;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Secret;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Names;
import io.iislint.rules.PoolRule;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Who the worker processes and anonymous requests run as. */
public final class IdentityRules {
    private static final String ANONYMOUS = "security/authentication/anonymousAuthentication";

    private IdentityRules() {}

    /** IIS-101: a pool running as LocalSystem. */
    public static final class LocalSystem extends PoolRule {
        public LocalSystem() {
            super("IIS-101");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var identity = pool.processModel().identityType();
            if (identity.value() == IdentityType.LocalSystem) {
                ctx.finding(pool)
                        .message("the worker process runs as LocalSystem: code in this pool has full control of the server")
                        .value(new ConfigPath.PoolSetting(pool, "processModel/@identityType"), identity)
                        .report();
            }
        }
    }

    /** IIS-102: a pool running as NetworkService or LocalService, accounts shared with Windows services. */
    public static final class SharedBuiltInAccount extends PoolRule {
        public SharedBuiltInAccount() {
            super("IIS-102");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var identity = pool.processModel().identityType();
            // IIS 6 has no ApplicationPoolIdentity: NetworkService is its default and recommended identity, and the
            // move to ApplicationPoolIdentity is migration advice (the audit gives it), not a defect of the IIS 6 server
            if (pool.isIis6() && identity.value() == IdentityType.NetworkService) return;
            if (identity.value() == IdentityType.NetworkService || identity.value() == IdentityType.LocalService) {
                ctx.finding(pool)
                        .message("the worker process runs as " + identity.display()
                                + ", an account shared with other Windows services and every other pool using it")
                        .value(new ConfigPath.PoolSetting(pool, "processModel/@identityType"), identity)
                        .report();
            }
        }
    }

    /**
     * IIS-103: a pool password written in clear text. Judged on every pool, even those IIS 5.0 isolation mode
     * ignores: the password is in the file whatever runs.
     */
    public static final class ClearTextPoolPassword implements Rule {
        @Override
        public String id() {
            return "IIS-103";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (ApplicationPool pool : config.applicationPools()) check(pool, ctx);
        }

        private static void check(ApplicationPool pool, RuleContext ctx) {
            var password = pool.processModel().password();
            if (password.value().isClearText()) {
                String user = pool.processModel().userName().value();
                ctx.finding(pool)
                        .message("the password of account '" + user + "' is stored in clear text in this file")
                        .value(new ConfigPath.PoolSetting(pool, "processModel/@password"), password)
                        .fix("user", user)
                        .report();
            }
        }
    }

    /**
     * IIS-104: one account used by several pools. The same spelling (in any letter case) is the same account;
     * {@code CONTOSO\svc-web} and {@code svc-web@contoso.com} are probably the same one too: the same user, with the
     * NetBIOS domain as the first label of the UPN suffix, which is how domains are usually named (not always: said
     * as "probably").
     */
    public static final class SharedPoolAccount implements Rule {
        @Override
        public String id() {
            return "IIS-104";
        }

        /** An account name split as Windows writes it: {@code DOMAIN} and user joined by a backslash, {@code user@suffix}, or a bare name. */
        private record Account(String written, String user, String domain, boolean upn) {
            static Account of(String written) {
                int slash = written.indexOf('\\');
                int at = written.lastIndexOf('@');
                if (slash > 0 && at < 0) return new Account(written, written.substring(slash + 1), written.substring(0, slash), false);
                if (at > 0 && slash < 0) {
                    String suffix = written.substring(at + 1);
                    int dot = suffix.indexOf('.');
                    return new Account(written, written.substring(0, at), dot < 0 ? suffix : suffix.substring(0, dot), true);
                }
                return new Account(written, written, "", false);
            }

            String exact() {
                return written.toLowerCase(Locale.ROOT);
            }

            /** What the other way of writing it would share: user and domain label; empty for a bare name. */
            String likely() {
                return domain.isEmpty() || user.isEmpty() ? "" : user.toLowerCase(Locale.ROOT) + "\0" + domain.toLowerCase(Locale.ROOT);
            }

            String suffix() {
                return written.substring(written.lastIndexOf('@') + 1);
            }
        }

        private record Member(ApplicationPool pool, Account account) {}

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            Map<String, List<Member>> byExact = new LinkedHashMap<>();
            Map<String, List<Member>> downLevel = new LinkedHashMap<>(); // written with a backslash, by user and domain
            Map<String, List<Member>> upn = new LinkedHashMap<>(); // user@suffix, by user and the suffix's first label
            List<Member> members = new ArrayList<>();
            for (ApplicationPool pool : config.judgedPools()) {
                String user = pool.processModel().userName().value().trim();
                if (pool.processModel().identityType().value() != IdentityType.SpecificUser || user.isEmpty()) continue;
                Member m = new Member(pool, Account.of(user));
                members.add(m);
                byExact.computeIfAbsent(m.account().exact(), k -> new ArrayList<>()).add(m);
                if (!m.account().likely().isEmpty()) {
                    (m.account().upn() ? upn : downLevel).computeIfAbsent(m.account().likely(), k -> new ArrayList<>()).add(m);
                }
            }
            for (Member m : members) {
                List<Member> same = byExact.get(m.account().exact()).stream().filter(o -> o != m).toList();
                List<Member> probably = m.account().likely().isEmpty() ? List.of()
                        : (m.account().upn() ? downLevel : upn).getOrDefault(m.account().likely(), List.of());
                if (same.isEmpty() && probably.isEmpty()) continue;
                var user = m.pool().processModel().userName();
                ctx.finding(m.pool())
                        .message("runs as account '" + user.value() + "', " + others(same, probably, m.account())
                                + ": a compromise of one pool reaches the others' files")
                        .value(new ConfigPath.PoolSetting(m.pool(), "processModel/@userName"), user)
                        .report();
            }
        }

        /** {@code also used by pool 'B' and probably by pool 'C' (written 'c@d.com': …)}. */
        private static String others(List<Member> same, List<Member> probably, Account self) {
            StringBuilder sb = new StringBuilder();
            if (!same.isEmpty()) sb.append("also used by ").append(pools(same));
            if (!probably.isEmpty()) {
                sb.append(same.isEmpty() ? "probably also used by " : " and probably by ").append(pools(probably));
                Account other = probably.get(0).account();
                Account upnSide = self.upn() ? self : other;
                Account downSide = self.upn() ? other : self;
                sb.append(" (written '").append(other.written()).append("': the same user, with ").append(downSide.domain())
                        .append(" as the first label of ").append(upnSide.suffix()).append(')');
            }
            return sb.toString();
        }

        private static String pools(List<Member> members) {
            return "pool" + (members.size() > 1 ? "s " : " ") + Names.some(members.stream().map(x -> x.pool().name()), members.size());
        }
    }

    /** IIS-105: anonymous requests run as a fixed account (IUSR or a named user) instead of the pool identity. */
    public static final class AnonymousFixedUser implements Rule {
        @Override
        public String id() {
            return "IIS-105";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            // One finding per place the user name is decided, at the first scope (server level first) where
            // anonymous access is on: <location> tags that only switch it on do not repeat it.
            Set<Object> seen = new HashSet<>();
            for (WebServerScope scope : config.scopes()) {
                var anon = scope.anonymousAuthentication();
                // IIS 6 cannot run anonymous requests as the pool identity: there is no better setting to point to
                if (scope.kind().isMetabase() || !anon.enabled().isSet() || !anon.userName().isSet()) continue;
                String user = anon.userName().value();
                if (!anon.enabled().value() || user.isEmpty()) continue;
                if (anon.userName().isDefault() && scope.kind() == WebServerScope.Kind.WEB_CONFIG) continue;
                if (!seen.add(anon.userName().location().map(Object.class::cast).orElse("default"))) continue;
                ctx.finding(scope)
                        .message("anonymous requests run as the fixed account '" + user + "', not as the application pool"
                                + " identity, so file permissions cannot keep sites' anonymous requests apart")
                        .value(new ConfigPath.SectionSetting(scope, ANONYMOUS, "@userName"), anon.userName())
                        .report();
            }
        }
    }

    /** IIS-106: the anonymous account's password in clear text. */
    public static final class AnonymousClearTextPassword implements Rule {
        @Override
        public String id() {
            return "IIS-106";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (WebServerScope scope : config.scopes()) {
                var anon = scope.anonymousAuthentication();
                if (!(anon.password().value() instanceof Secret.ClearText) || !scope.decides(anon.password())) continue;
                ctx.finding(scope)
                        .message("the password of anonymous account '" + anon.userName().display() + "' is stored in clear text")
                        .value(new ConfigPath.SectionSetting(scope, ANONYMOUS, "@password"), anon.password())
                        .report();
            }
        }
    }

    /** IIS-107: the password for a virtual directory's content share (UNC) written in clear text. */
    public static final class VirtualDirectoryClearTextPassword implements Rule {
        @Override
        public String id() {
            return "IIS-107";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (Site site : config.sites()) {
                for (Site.Application app : site.applications()) {
                    for (Site.VirtualDirectory vdir : app.virtualDirectories()) {
                        if (!vdir.password().isClearText()) continue;
                        String path = app.path().equals("/") ? vdir.path() : vdir.path().equals("/") ? app.path() : app.path() + vdir.path();
                        String name = site.name() + path; // appcmd's virtual directory id: "Site/" for a site's root
                        ctx.finding("virtual directory", name).at(vdir.location()).fix("vdir", name).fix("user", vdir.userName())
                                .message("the password of account '" + vdir.userName() + "' for the content at " + vdir.physicalPath()
                                        + " is stored in clear text in this file")
                                .value(new ConfigPath.VirtualDirectorySetting(site, app, vdir, "@password"),
                                        Value.of(vdir.password(), new Origin.SetHere(vdir.location())))
                                .report();
                    }
                }
            }
        }
    }

    /** IIS-108: IIS 6 synchronises the anonymous account's password through the sub-authentication component. */
    public static final class AnonymousPasswordSync implements Rule {
        @Override
        public String id() {
            return "IIS-108";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.iis6().isEmpty()) return;
            for (Iis6.KeySettings k : config.iis6().get().keys()) {
                Value<Boolean> v = k.anonymousPasswordSync();
                if (!v.isSet() || !v.value() || !(v.origin() instanceof Origin.SetHere)) continue;
                ctx.finding("metabase key", k.key()).at(k.location())
                        .message("anonymous requests log on through the sub-authentication component (iissuba.dll), which"
                                + " manages the anonymous account's password for IIS; it does not exist on IIS 7+")
                        .value(new ConfigPath.MetabaseProperty(k.key(), "AnonymousPasswordSync"), v)
                        .report();
            }
        }
    }
}
