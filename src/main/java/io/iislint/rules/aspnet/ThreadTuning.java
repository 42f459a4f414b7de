package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * What the thread-tuning rules (seed 002's machine.config tuning) read: machine.config's {@code processModel}, which
 * ASP.NET reads from machine.config alone (MachineOnly, never in a {@code <location>}), and the {@code httpRuntime}
 * thresholds, which an application may set anywhere. Nothing is judged unless machine.config is among the inputs:
 * without it autoConfig, which decides whether the other values are used at all, is not known.
 *
 * <p>Facts from the .NET Framework's configuration classes ({@code ProcessModelSection}, {@code HttpRuntime}): the
 * processModel thread counts are per processor; with autoConfig on, ASP.NET uses 100 worker and 100 I/O threads per
 * processor and 88 and 76 per processor as the free-thread thresholds, and ignores the written ones; with it off, it
 * refuses to start an application whose thresholds do not fit below the thread-pool maxima.
 */
final class ThreadTuning {
    private ThreadTuning() {}

    static final String PROCESS_MODEL = "system.web/processModel";
    static final String HTTP_RUNTIME = "system.web/httpRuntime";
    private static final String MACHINE_CONFIG = "machine.config";

    /** The server's logical processor count: a file does not say it; 0 = not given. */
    static final Param<Long> CPU_COUNT = Param.integer("cpuCount", 0);

    /** Seed 002's formula (per processor), also what autoConfig uses. */
    static final long MAX_THREADS_PER_CPU = 100;

    static final long MIN_FREE_PER_CPU = 88;
    static final long MIN_LOCAL_FREE_PER_CPU = 76;

    /** The processor count the rule was given, if any. */
    static Optional<Long> cpus(RuleContext ctx) {
        long n = ctx.get(CPU_COUNT);
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    /** The path of the machine.config that decides this scope's processModel, when it is among the inputs. */
    static Optional<String> machineConfig(WebServerScope scope) {
        if (scope.kind() == WebServerScope.Kind.MACHINE)
            return Optional.of(scope.location().file());
        for (Settings.Level level : scope.settings().chain()) {
            if (level.label().equals(MACHINE_CONFIG) && !level.containers().isEmpty())
                return Optional.of(level.containers().get(0).location().file());
        }
        return Optional.empty();
    }

    /**
     * A scope whose system.web ASP.NET reads: machine.config, the root web.config or a web.config (applicationHost.config
     * may hold system.web for IIS's tools, but the thread settings are not judged there).
     */
    static boolean aspNetFile(WebServerScope scope) {
        return switch (scope.kind()) {
            case MACHINE, WEBROOT, WEB_CONFIG -> true;
            default -> false;
        };
    }

    /** machine.config's own top level: where the processModel findings are reported. */
    static boolean machineRoot(WebServerScope scope) {
        return scope.kind() == WebServerScope.Kind.MACHINE && scope.path().isEmpty();
    }

    /** autoConfig as ASP.NET reads it (false when machine.config leaves it out); unknown without machine.config. */
    static Optional<Value<Boolean>> autoConfig(WebServerScope scope) {
        if (machineConfig(scope).isEmpty()) return Optional.empty();
        Value<Boolean> v = scope.settings().bool(PROCESS_MODEL, "autoConfig");
        return v instanceof Value.Known<Boolean> ? Optional.of(v) : Optional.empty();
    }

    static boolean autoConfigOn(WebServerScope scope) {
        return autoConfig(scope).map(v -> v.is(true)).orElse(false);
    }

    static boolean autoConfigOff(WebServerScope scope) {
        return autoConfig(scope).map(v -> v.is(false)).orElse(false);
    }

    /**
     * A per-processor maximum ({@code maxWorkerThreads}, {@code maxIoThreads}) as written, else the framework's default:
     * 20 before .NET Framework 4, 100 from 4 (told by machine.config's folder, {@code v2.0.50727} or
     * {@code v4.0.30319}); unknown when the folder says neither.
     */
    static Value<Long> maxPerCpu(WebServerScope scope, String attribute) {
        Value<Long> v = scope.settings().number(PROCESS_MODEL, attribute);
        // a written value ASP.NET would refuse stays unknown: it is not judged
        if (v instanceof Value.Known<Long>
                || scope.settings().text(PROCESS_MODEL, attribute) instanceof Value.Known<String>) return v;
        return switch (Frameworks.ofPath(machineConfig(scope).orElse(""))) {
            case 4 -> Value.ofDefault(100L, ".NET Framework 4 default");
            case 2 -> Value.ofDefault(20L, ".NET Framework 2.0 default");
            default -> v;
        };
    }

    /**
     * Where a finding about a processModel value that machine.config does not write points: its autoConfig attribute
     * when written, else its processModel element, else the file.
     */
    static io.iislint.source.Location anchor(WebServerScope scope) {
        return scope.settings()
                .bool(PROCESS_MODEL, "autoConfig")
                .location()
                .or(() -> scope.settings()
                        .element(PROCESS_MODEL)
                        .map(w -> w.element().location()))
                .orElse(scope.location());
    }

    /** {@code n} processors, in words. */
    static String processors(long n) {
        return n == 1 ? "1 processor" : n + " processors";
    }
}
