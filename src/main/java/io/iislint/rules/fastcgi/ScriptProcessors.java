package io.iislint.rules.fastcgi;

import io.iislint.model.FastCgiApplication;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a FastCGI handler's {@code scriptProcessor} finds its application ({@code fullPath[|arguments]}), for the rules
 * that look for one without the other (IIS-302, IIS-303).
 */
public final class ScriptProcessors {
    private ScriptProcessors() {}

    /** How IIS matches a handler's scriptProcessor to an application: case-insensitively, quotes ignored. */
    public static String normalize(String scriptProcessor) {
        return scriptProcessor.replace("\"", "").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a handler's scriptProcessor and an application's key may name the same thing once IIS expands them. Both
     * attributes are {@code expanded="true"} in IIS_schema.xml: IIS replaces {@code %SystemDrive%} and the like with the
     * server's values, which the file does not give. Equal text matches; otherwise a variable could stand for anything,
     * so they may match unless their literal text before the first variable or after the last one disagrees.
     */
    public static boolean mayMatch(String scriptProcessor, String applicationKey) {
        String a = normalize(scriptProcessor);
        String b = normalize(applicationKey);
        if (a.equals(b)) return true;
        int[] va = variables(a);
        int[] vb = variables(b);
        if (va == null && vb == null) return false;
        String prefixA = va == null ? a : a.substring(0, va[0]);
        String prefixB = vb == null ? b : b.substring(0, vb[0]);
        String suffixA = va == null ? a : a.substring(va[1]);
        String suffixB = vb == null ? b : b.substring(vb[1]);
        // a side without variables must contain the other side's literal prefix and suffix, without overlap
        if (va == null)
            return a.length() >= prefixB.length() + suffixB.length() && a.startsWith(prefixB) && a.endsWith(suffixB);
        if (vb == null)
            return b.length() >= prefixA.length() + suffixA.length() && b.startsWith(prefixA) && b.endsWith(suffixA);
        return (prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA))
                && (suffixA.endsWith(suffixB) || suffixB.endsWith(suffixA));
    }

    /** Where the first {@code %NAME%} starts and the last one ends, or null when there is none. */
    private static int @Nullable [] variables(String s) {
        int first = -1;
        int end = -1;
        int i = 0;
        while (true) {
            int open = s.indexOf('%', i);
            if (open < 0) break;
            int close = s.indexOf('%', open + 1);
            if (close < 0) break;
            if (close == open + 1) { // "%%" names no variable: the second % may open one
                i = close;
                continue;
            }
            if (first < 0) first = open;
            end = close + 1;
            i = close + 1;
        }
        return first < 0 ? null : new int[] {first, end};
    }

    /**
     * Whether an unexpanded variable could make the handler's scriptProcessor name one of the applications. Only
     * pairs where one side has a variable can: the others were compared as text already.
     */
    static boolean couldExpandToOneOf(
            String scriptProcessor, List<FastCgiApplication> apps, List<String> keysWithVariables) {
        if (scriptProcessor.indexOf('%') >= 0) {
            for (FastCgiApplication app : apps) if (mayMatch(scriptProcessor, app.scriptProcessorKey())) return true;
            return false;
        }
        for (String key : keysWithVariables) if (mayMatch(scriptProcessor, key)) return true;
        return false;
    }

    /** The same for an application's key against the handlers' scriptProcessors. */
    static boolean mayMatchAny(String applicationKey, List<String> scriptProcessors, List<String> withVariables) {
        List<String> candidates = applicationKey.indexOf('%') >= 0 ? scriptProcessors : withVariables;
        for (String sp : candidates) if (mayMatch(sp, applicationKey)) return true;
        return false;
    }
}
