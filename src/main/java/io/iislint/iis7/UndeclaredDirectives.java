package io.iislint.iis7;

import io.iislint.iis7.Resolver.Subject;
import io.iislint.xml.XmlElement;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code <remove>} and {@code <clear/>} in a collection whose schema declares no such directive. IIS_schema.xml gives
 * applicationPools and sites only their add element ({@code <collection addElement="add" defaultElement=
 * "applicationPoolDefaults">}): IIS reads anything else there as an unrecognized element and refuses the configuration.
 * That is reported; the rest of the file is then linted as its author meant it, with the entries the directive names
 * taken out, so that a pool or site nobody means to run is not judged.
 */
final class UndeclaredDirectives {
    private UndeclaredDirectives() {}

    /**
     * @param collection the collection's element name, as IIS_schema.xml names the section ({@code applicationPools})
     * @param declared what the schema declares for it, for the message ({@code <add>})
     * @param noun one entry, for the message ({@code pool})
     * @param section the subject of a {@code <clear/>}
     * @param entry the subject of a {@code <remove name="…">}
     * @param entries the collection so far, by lower-cased name: the directive is applied to it
     */
    static void apply(
            Resolver resolver,
            XmlElement directive,
            String collection,
            String declared,
            String noun,
            Subject section,
            Function<String, Subject> entry,
            Map<String, XmlElement> entries) {
        String refused = " is not part of the " + collection + " collection (IIS_schema.xml declares only " + declared
                + " for it): IIS refuses this configuration as an unrecognized element; ";
        if (directive.name().equals("clear")) {
            resolver.problem(
                    section, directive, "<clear/>" + refused + "the " + noun + "s it would clear are not judged");
            entries.clear();
            return;
        }
        String name = directive.attribute("name").orElse("");
        resolver.problem(
                entry.apply(name), directive, "<remove>" + refused + "the " + noun + " it would remove is not judged");
        entries.remove(name.toLowerCase(Locale.ROOT));
    }
}
