package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;
import java.util.Optional;

/**
 * A {@code system.webServer/fastCgi/application}: one FastCGI process pool, keyed by {@code fullPath} and
 * {@code arguments}. Timeouts are in seconds.
 */
public record FastCgiApplication(
        String fullPath,
        String arguments,
        Location location,
        Value<Long> maxInstances,
        Value<Long> instanceMaxRequests,
        Value<Long> activityTimeout,
        Value<Long> requestTimeout,
        Value<Long> idleTimeout,
        Value<Long> queueLength,
        Value<Long> rapidFailsPerMinute,
        Value<Long> signalBeforeTerminateSeconds,
        Value<StderrMode> stderrMode,
        Value<FastCgiProtocol> protocol,
        Value<Boolean> flushNamedPipe,
        Value<String> monitorChangesTo,
        List<EnvironmentVariable> environmentVariables) {

    public FastCgiApplication {
        environmentVariables = List.copyOf(environmentVariables);
    }

    public record EnvironmentVariable(String name, String value, Location location) {}

    /** What a handler's {@code scriptProcessor} must say to use this application: {@code fullPath[|arguments]}. */
    public String scriptProcessorKey() {
        return arguments.isEmpty() ? fullPath : fullPath + "|" + arguments;
    }

    public Optional<EnvironmentVariable> environmentVariable(String name) {
        return environmentVariables.stream()
                .filter(v -> v.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
