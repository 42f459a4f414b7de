package io.iislint.dialect;

import io.iislint.model.ConfigPath;
import java.util.Map;
import java.util.Optional;

/**
 * The IIS 6 metabase property behind each IIS 7+ attribute the rules judge, so that a finding on a
 * MetaBase.xml speaks the metabase's language: {@code PeriodicRestartRequests}, not {@code requests}.
 */
final class MetabaseNames {
    private MetabaseNames() {}

    private static final String RESTRICTION = "WebSvcExtRestrictionList";

    private static final Map<String, String> POOL = Map.ofEntries(
            Map.entry("@queueLength", "AppPoolQueueLength"),
            Map.entry("@autoStart", "AppPoolAutoStart"),
            Map.entry("@enable32BitAppOnWin64", "Enable32BitAppOnWin64"),
            Map.entry("@managedRuntimeVersion", "ScriptMaps"),
            Map.entry("processModel/@identityType", "AppPoolIdentityType"),
            Map.entry("processModel/@userName", "WAMUserName"),
            Map.entry("processModel/@password", "WAMUserPass"),
            Map.entry("processModel/@idleTimeout", "IdleTimeout"),
            Map.entry("processModel/@maxProcesses", "MaxProcesses"),
            Map.entry("processModel/@pingingEnabled", "PingingEnabled"),
            Map.entry("recycling/@logEventOnRecycle", "LogEventOnRecycle"),
            Map.entry("recycling/periodicRestart/@time", "PeriodicRestartTime"),
            Map.entry("recycling/periodicRestart/@requests", "PeriodicRestartRequests"),
            Map.entry("recycling/periodicRestart/@memory", "PeriodicRestartMemory"),
            Map.entry("recycling/periodicRestart/@privateMemory", "PeriodicRestartPrivateMemory"),
            Map.entry("recycling/periodicRestart/schedule", "PeriodicRestartSchedule"),
            Map.entry("failure/@rapidFailProtection", "RapidFailProtection"),
            Map.entry("failure/@rapidFailProtectionInterval", "RapidFailProtectionInterval"),
            Map.entry("failure/@rapidFailProtectionMaxCrashes", "RapidFailProtectionMaxCrashes"),
            Map.entry("failure/@orphanWorkerProcess", "OrphanWorkerProcess"),
            Map.entry("failure/@orphanActionExe", "OrphanActionExe"),
            Map.entry("cpu/@limit", "CPULimit"),
            Map.entry("cpu/@smpAffinitized", "SMPAffinitized"),
            Map.entry("cpu/@smpProcessorAffinityMask", "SMPProcessorAffinityMask"),
            Map.entry("cpu/@action", "CPUAction"),
            Map.entry("cpu/@resetInterval", "CPUResetInterval"));

    private static final Map<String, String> WEB = Map.ofEntries(
            Map.entry("asp/@enableParentPaths", "AspEnableParentPaths"),
            Map.entry("asp/@scriptErrorSentToBrowser", "AspScriptErrorSentToBrowser"),
            Map.entry("asp/limits/@bufferingLimit", "AspBufferingLimit"),
            Map.entry("asp/limits/@maxRequestEntityAllowed", "AspMaxRequestEntityAllowed"),
            Map.entry("handlers/@accessPolicy", "AccessFlags"),
            Map.entry("security/authentication/anonymousAuthentication/@enabled", "AuthAnonymous"),
            Map.entry("security/authentication/anonymousAuthentication/@userName", "AnonymousUserName"),
            Map.entry("security/authentication/anonymousAuthentication/@password", "AnonymousUserPass"),
            // flag bits and list lines that IIS 6 tools name on their own (adsutil: EnableDirBrowsing, AuthAnonymous)
            Map.entry("directoryBrowse/@enabled", "EnableDirBrowsing"),
            Map.entry("security/isapiCgiRestriction/@notListedIsapisAllowed", RESTRICTION + "(*.dll)"),
            Map.entry("security/isapiCgiRestriction/@notListedCgisAllowed", RESTRICTION + "(*.exe)"));

    /**
     * A value as the metabase writes it: TRUE/FALSE, whole minutes, identity types by number, flags by their
     * metabase names ({@code AppPoolRecycleTime | AppPoolRecycleMemory}).
     */
    static String display(String property, Object value) {
        // a WebSvcExtRestrictionList line starts with 1 (allowed) or 0 (prohibited)
        if (property.startsWith(RESTRICTION) && value instanceof Boolean b) return b ? "1 (allowed)" : "0 (prohibited)";
        if (value instanceof Boolean b) return b ? "TRUE" : "FALSE";
        if (value instanceof io.iislint.model.TimeSpan t) return Long.toString(t.seconds() / 60);
        if (value instanceof io.iislint.model.IdentityType i) return i.iisValue() + " (" + i.name() + ")";
        if (value instanceof io.iislint.model.CpuAction a) return a.iisValue() + " (" + a.name() + ")";
        if (value instanceof java.util.Collection<?> c && !c.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                if (sb.length() > 0) sb.append(" | ");
                if (o instanceof io.iislint.model.RecycleEvent e)
                    sb.append("AppPoolRecycle").append(e.name());
                else if (o instanceof io.iislint.model.AccessFlag f)
                    sb.append("Access").append(f.name());
                else sb.append(io.iislint.model.Display.of(o));
            }
            return sb.toString();
        }
        return io.iislint.model.Display.of(value);
    }

    /** The metabase property behind a setting, when the metabase has one. */
    static Optional<String> property(ConfigPath path) {
        if (path instanceof ConfigPath.PoolSetting p) return Optional.ofNullable(POOL.get(p.path()));
        if (path instanceof ConfigPath.SectionSetting s)
            return Optional.ofNullable(WEB.get(s.section() + "/" + s.path()));
        if (path instanceof ConfigPath.ApplicationSetting a && a.path().equals("@applicationPool"))
            return Optional.of("AppPoolId");
        if (path instanceof ConfigPath.VirtualDirectorySetting v && v.path().equals("@password"))
            return Optional.of("UNCPassword");
        if (path instanceof ConfigPath.MetabaseProperty m) return Optional.of(m.property());
        return Optional.empty();
    }
}
