package io.iislint.engine;

import org.jspecify.annotations.Nullable;

/** What to say when the heap runs out: how much there was, and a limit that would be more. */
public final class Memory {
    private Memory() {}

    public static String advice(String what) {
        return advice(what, Runtime.getRuntime().maxMemory());
    }

    /** The advice names a heap twice the one there was (at least 2 GB), in whole gigabytes: never less than it had. */
    public static String advice(String what, long maxHeap) {
        long gb = 1024L * 1024 * 1024;
        String more = "-Xmx" + Math.max(2, (2 * maxHeap + gb - 1) / gb) + "g";
        return "not enough memory " + what + " (the JVM's heap limit is " + maxHeap / (1024 * 1024)
                + " MB; raise it, for example with JAVA_OPTS=" + more + " for the launcher or java " + more + " -jar)";
    }

    /**
     * Whether the heap ran out: an OutOfMemoryError, or a class whose initialisation it broke (a LinkageError that
     * names it), anywhere in the chain of causes.
     */
    public static boolean ranOut(@Nullable Throwable t) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c instanceof OutOfMemoryError
                    || (c instanceof LinkageError
                            && String.valueOf(c.getMessage()).contains("OutOfMemoryError"))) return true;
        }
        return false;
    }
}
