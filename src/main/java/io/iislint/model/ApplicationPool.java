package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An application pool's effective settings: its own {@code <add>} over {@code applicationPoolDefaults} over the
 * IIS schema defaults. Names follow {@code system.applicationHost/applicationPools/add}. A pool read from an
 * IIS 6 metabase carries its key ({@code /LM/W3SVC/AppPools/Shop}); its values inherit down the key path, and a
 * value no key sets and no reliable IIS 6 default fills is {@link Value#notSet}.
 */
public record ApplicationPool(
        String name,
        Location location,
        Value<Long> queueLength,
        Value<Boolean> autoStart,
        Value<Boolean> enable32BitAppOnWin64,
        Value<String> managedRuntimeVersion,
        Value<PipelineMode> managedPipelineMode,
        Value<Boolean> enableConfigurationOverride,
        Value<StartMode> startMode,
        ProcessModel processModel,
        Recycling recycling,
        Failure failure,
        Cpu cpu,
        Optional<String> metabaseKey) {

    /** An IIS 7+ pool. */
    public ApplicationPool(String name, Location location, Value<Long> queueLength, Value<Boolean> autoStart,
                           Value<Boolean> enable32BitAppOnWin64, Value<String> managedRuntimeVersion,
                           Value<PipelineMode> managedPipelineMode, Value<Boolean> enableConfigurationOverride,
                           Value<StartMode> startMode, ProcessModel processModel, Recycling recycling, Failure failure, Cpu cpu) {
        this(name, location, queueLength, autoStart, enable32BitAppOnWin64, managedRuntimeVersion, managedPipelineMode,
                enableConfigurationOverride, startMode, processModel, recycling, failure, cpu, Optional.empty());
    }

    public record ProcessModel(
            Value<IdentityType> identityType,
            Value<String> userName,
            Value<Secret> password,
            Value<TimeSpan> idleTimeout,
            Value<Long> maxProcesses,
            Value<Boolean> pingingEnabled) {}

    public record Recycling(Value<Set<RecycleEvent>> logEventOnRecycle, PeriodicRestart periodicRestart) {}

    /** {@code recycling/periodicRestart}; memory values in KB; the schedule is replaced as a whole, never merged. */
    public record PeriodicRestart(
            Value<TimeSpan> time,
            Value<Long> requests,
            Value<Long> memory,
            Value<Long> privateMemory,
            Value<List<TimeSpan>> schedule) {}

    public record Failure(
            Value<Boolean> rapidFailProtection,
            Value<TimeSpan> rapidFailProtectionInterval,
            Value<Long> rapidFailProtectionMaxCrashes) {}

    /** {@code cpu}: limit in 1/1000 of a percent. */
    public record Cpu(Value<Long> limit, Value<CpuAction> action, Value<TimeSpan> resetInterval) {}

    /** Whether the pool comes from an IIS 6 metabase, where some settings mean something else or nothing. */
    public boolean isIis6() {
        return metabaseKey.isPresent();
    }

    /** Whether the pool's worker process is 32-bit (on 64-bit Windows). */
    public boolean is32Bit() {
        return enable32BitAppOnWin64.is(true);
    }
}
