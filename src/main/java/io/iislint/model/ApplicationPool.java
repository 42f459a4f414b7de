package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;
import java.util.Locale;
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
    public ApplicationPool(
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
            Cpu cpu) {
        this(
                name,
                location,
                queueLength,
                autoStart,
                enable32BitAppOnWin64,
                managedRuntimeVersion,
                managedPipelineMode,
                enableConfigurationOverride,
                startMode,
                processModel,
                recycling,
                failure,
                cpu,
                Optional.empty());
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

    /**
     * {@code failure}: rapid-fail protection, and orphaning (a failed worker process is kept running, for a debugger,
     * instead of being ended; {@code orphanActionExe} is what runs on each one, empty for nothing).
     */
    public record Failure(
            Value<Boolean> rapidFailProtection,
            Value<TimeSpan> rapidFailProtectionInterval,
            Value<Long> rapidFailProtectionMaxCrashes,
            Value<Boolean> orphanWorkerProcess,
            Value<String> orphanActionExe) {}

    /** {@code cpu}: limit in 1/1000 of a percent. */
    /**
     * {@code cpu}: the CPU limit and its action, and processor affinity ({@code smpAffinitized}, with the masks of
     * the first and second 32 processors; IIS 6 has the first mask only).
     */
    public record Cpu(
            Value<Long> limit,
            Value<CpuAction> action,
            Value<TimeSpan> resetInterval,
            Value<Boolean> smpAffinitized,
            Value<Long> smpProcessorAffinityMask,
            Value<Long> smpProcessorAffinityMask2) {}

    /** Whether the pool comes from an IIS 6 metabase, where some settings mean something else or nothing. */
    public boolean isIis6() {
        return metabaseKey.isPresent();
    }

    /**
     * Whether the pool's worker process is 32-bit (on 64-bit Windows): IIS-204, and the audit's ThirtyTwoBit check.
     * Off or unknown is not 32-bit: off runs the OS's own bitness, which a configuration file does not state.
     */
    public boolean is32Bit() {
        return enable32BitAppOnWin64.is(true);
    }

    /** Whether the worker process runs as LocalSystem: IIS-101, and the audit's LocalSystemPool check. */
    public boolean runsAsLocalSystem() {
        return processModel.identityType().is(IdentityType.LocalSystem);
    }

    /**
     * Whether the worker process runs as NetworkService or LocalService, accounts every such pool shares with the
     * others and with Windows services: IIS-102 (which spares IIS 6's default), and the audit's BuiltInPoolIdentity.
     */
    public boolean runsAsSharedServiceAccount() {
        return processModel
                .identityType()
                .matches(t -> t == IdentityType.NetworkService || t == IdentityType.LocalService);
    }

    /**
     * Whether the pool loads CLR 1.x (.NET Framework 1.0 or 1.1: unsupported, 32-bit only): the v1 half of IIS-702,
     * and the audit's Clr11 check. Read as IIS compares it, ignoring case and surrounding spaces.
     */
    public boolean loadsClr1() {
        return managedRuntimeVersion.matches(
                v -> v.trim().toLowerCase(Locale.ROOT).startsWith("v1."));
    }
}
