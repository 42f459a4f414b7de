package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1131: the .NET authorization rules every application inherits (system.web/authorization at the root web.config,
 * with machine.config's after them) are not "allow all users, deny anonymous users" and nothing else, as the DISA
 * Server STIG asks. ASP.NET takes the first rule that matches a user, the most specific file's rules first, so a deny
 * for anonymous users after an allow for all of them never applies. Judged only where a root web.config is among the
 * inputs. Off by default: the STIG does not apply to public servers and several Microsoft products.
 */
public final class AspnetAuthorizationNotRestricted implements Rule {
    static final String SECTION = "system.web/authorization";

    @Override
    public String id() {
        return "IIS-1131";
    }

    /** One allow or deny element, as ASP.NET reads it, and where it comes from. */
    record Entry(XmlElement element, Origin origin) {
        boolean allows() {
            return element.name().equals("allow");
        }

        List<String> users() {
            return names("users");
        }

        List<String> names(String attribute) {
            List<String> out = new ArrayList<>();
            for (String n : element.attribute(attribute).orElse("").split(",")) if (!n.isBlank()) out.add(n.trim());
            return out;
        }

        /** Whether it is {@code <kind users="who"/>} alone: no other user, no role, no verb. */
        boolean only(String kind, String who) {
            return element.name().equals(kind)
                    && users().equals(List.of(who))
                    && names("roles").isEmpty()
                    && names("verbs").isEmpty();
        }

        /** Whether it decides for an anonymous request of any verb: users * or ?, no verbs. */
        boolean decidesAnonymous() {
            return names("verbs").isEmpty() && (users().contains("*") || users().contains("?"));
        }

        String show() {
            StringBuilder b = new StringBuilder(element.name());
            for (String a : List.of("users", "roles", "verbs"))
                element.attribute(a)
                        .ifPresent(v ->
                                b.append(' ').append(a).append("=\"").append(v).append('"'));
            return b.toString();
        }
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.WEBROOT || !scope.path().isEmpty()) continue;
            List<Entry> rules = rules(scope.settings());
            Location at = scope.settings()
                    .element(SECTION)
                    .filter(w -> w.origin() instanceof Origin.SetHere)
                    .map(w -> w.element().location())
                    .orElse(scope.location());
            Optional<Entry> first =
                    rules.stream().filter(Entry::decidesAnonymous).findFirst();
            List<String> wrong = new ArrayList<>();
            if (first.isEmpty()) {
                wrong.add("no rule denies anonymous users, so ASP.NET lets them into every application that sets no"
                        + " rules of its own");
            } else if (first.get().allows()) {
                Optional<Entry> deny =
                        rules.stream().filter(e -> e.only("deny", "?")).findFirst();
                wrong.add(
                        deny.isPresent()
                                ? "the deny for anonymous users ("
                                        + deny.get().origin().describe(at.file())
                                        + ") comes after " + first.get().show() + " ("
                                        + first.get().origin().describe(at.file())
                                        + "): ASP.NET stops at the first rule that matches, so anonymous users are let in"
                                : "anonymous users are allowed (" + first.get().show()
                                        + ") in every application that sets" + " no rules of its own");
            }
            List<String> others = new ArrayList<>();
            for (Entry e : rules) if (!e.only("allow", "*") && !e.only("deny", "?")) others.add(e.show());
            if (!others.isEmpty()) wrong.add("rules other than allow all users and deny anonymous users: " + others);
            if (wrong.isEmpty()) continue;
            ctx.finding(scope)
                    .message("the server-wide .NET authorization rules do not deny anonymous users alone: "
                            + String.join("; ", wrong))
                    .about(new ConfigPath.Written(SECTION))
                    .at(at)
                    .report();
        }
    }

    /**
     * The rules in the order ASP.NET tries them: the most specific level's first (the collection does not append a
     * child's rules after its parent's), each level's in the order written.
     */
    static List<Entry> rules(Settings settings) {
        List<Entry> out = new ArrayList<>();
        List<Settings.Level> chain = settings.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Settings.Level level = chain.get(i);
            for (int j = level.containers().size() - 1; j >= 0; j--) {
                Optional<XmlElement> section = level.containers().get(j).path(SECTION.split("/"));
                if (section.isEmpty()) continue;
                for (XmlElement rule : section.get().children()) {
                    // element names are matched as written: ASP.NET refuses <Allow> as unrecognized
                    if (!rule.name().equals("allow") && !rule.name().equals("deny")) continue;
                    Origin origin = level.own()
                            ? new Origin.SetHere(rule.location())
                            : new Origin.Inherited(level.label(), rule.location());
                    out.add(new Entry(rule, origin));
                }
            }
        }
        return out;
    }
}
