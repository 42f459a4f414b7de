package io.iislint.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The audit's formats: the names {@code audit --format} takes, its help and its errors come from here. */
public enum AuditFormat {
    /** A terminal. */
    TEXT,
    /** Tools. */
    JSON,
    /** A migration ticket. */
    MARKDOWN,
    /** A page to hand on: charts, the readiness matrix, the inventory. */
    HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AuditReporter reporter() {
        return switch (this) {
            case TEXT -> new TextAuditReport();
            case JSON -> new JsonAuditReport();
            case MARKDOWN -> new MarkdownAuditReport();
            case HTML -> new HtmlAuditReport();
        };
    }

    public static Optional<AuditFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** "text, json or markdown", for an error. */
    public static String names() {
        return join(AuditFormat::id);
    }

    /** "text (default), json or markdown.", for the help. */
    public static String help() {
        return join(f -> f == TEXT ? f.id() + " (default)" : f.id()) + ".";
    }

    private static String join(Function<AuditFormat, String> shown) {
        StringBuilder sb = new StringBuilder();
        AuditFormat[] all = values();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) sb.append(i == all.length - 1 ? " or " : ", ");
            sb.append(shown.apply(all[i]));
        }
        return sb.toString();
    }
}
