package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.CollectionChanges;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request-filtering collection whose entries protect content (denied file extensions, hidden segments): reported at
 * the scope whose own level takes a listed entry away that the levels above give it ({@code <remove>}, a
 * {@code <clear/>} not followed by the entry, an {@code <add>} that allows it). A web.config no server places is
 * judged by what it writes: a remove or clear of a listed entry undoes what a stock server has, "probably".
 */
abstract class ProtectedEntriesRule implements Rule {
    private final String id;
    private final String path;
    private final String key;
    private final Param<String> listed;

    ProtectedEntriesRule(String id, String path, String key, Param<String> listed) {
        this.id = id;
        this.path = path;
        this.key = key;
        this.listed = listed;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Param<?>> params() {
        return List.of(listed);
    }

    /** Whether an entry protects what it names (a fileExtensions entry must deny; any hiddenSegments entry hides). */
    abstract boolean protects(Settings.Entry e);

    /** The message, given the entries taken away (as the parameter spells them). */
    abstract String message(List<String> takenAway);

    @Override
    public final void check(IisConfig config, RuleContext ctx) {
        boolean lone = config.kind() == FileKind.WEB_CONFIG && config.place().isEmpty();
        List<String> names = List.of(ctx.get(listed).trim().split("[\\s,]+"));
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Settings s = scope.settings();
            List<Settings.Entry> now = s.collection(path, "add", key);
            List<Settings.Entry> before = CollectionChanges.above(s).collection(path, "add", key);
            List<String> gone = new ArrayList<>();
            XmlElement last = null;
            boolean probably = false;
            for (String name : names) {
                if (name.isEmpty() || CollectionChanges.has(now, key, name, this::protects)) continue;
                Optional<XmlElement> change = CollectionChanges.ownChange(s, path, key, name);
                if (change.isEmpty()) continue;
                boolean inherited = CollectionChanges.has(before, key, name, this::protects);
                boolean allowedHere = change.get().name().equals("add");
                boolean undoesStock = lone && !allowedHere;
                if (!inherited && !allowedHere && !undoesStock) continue;
                probably |= !inherited && undoesStock;
                gone.add(name);
                if (last == null || after(change.get(), last)) last = change.get();
            }
            if (scope.kind() == WebServerScope.Kind.SERVER && config.kind() == FileKind.APPLICATION_HOST)
                missingAtServer(scope, names, now, gone, ctx);
            if (gone.isEmpty() || last == null) continue;
            ctx.finding(scope)
                    .message(message(gone) + (probably ? " (probably: a stock server lists them)" : ""))
                    .about(new ConfigPath.Written(path))
                    .at(last.location())
                    .fix("entry", gone.get(0))
                    .report();
        }
    }

    /**
     * At the server level of an applicationHost.config: what to say of the listed entries the levels leave out
     * altogether ({@code now}) rather than take away ({@code gone}, reported by the caller). Nothing by default: a
     * server need not list them; a rule for a benchmark that wants them listed says so.
     */
    void missingAtServer(
            WebServerScope scope, List<String> names, List<Settings.Entry> now, List<String> gone, RuleContext ctx) {}

    /** The entries of the collection at the path (as {@code now}) that protect {@code name}. */
    final boolean listed(List<Settings.Entry> now, String name) {
        return CollectionChanges.has(now, key, name, this::protects);
    }

    final String path() {
        return path;
    }

    private static boolean after(XmlElement a, XmlElement b) {
        return a.location().line() > b.location().line()
                || (a.location().line() == b.location().line()
                        && a.location().column() > b.location().column());
    }

    static boolean denies(Settings.Entry e) {
        return e.attribute("allowed").trim().toLowerCase(Locale.ROOT).equals("false");
    }
}
