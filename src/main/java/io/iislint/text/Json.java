package io.iislint.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** How every JSON file the tool writes looks: reports, SARIF, the audit, baselines. */
public final class Json {
    private Json() {}

    /** A pretty-printing generator with fixed two-space indents and {@code \n} line ends, on any platform. */
    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        // The caller owns the writer (stdout or an output file): the generator must not close it.
        JsonGenerator g = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out);
        g.setPrettyPrinter(pp);
        g.setCharacterEscapes(JsonEscapes.INSTANCE);
        return g;
    }
}
