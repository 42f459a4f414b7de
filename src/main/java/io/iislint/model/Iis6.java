package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;

/**
 * What only IIS 6 files say: service-wide switches of a MetaBase.xml, per-key settings with no IIS 7+
 * counterpart, and the settings of an fcgiext.ini that have no place in {@code system.webServer/fastCgi}.
 */
public record Iis6(
        Location service,
        Value<Boolean> iis5IsolationMode,
        List<KeySettings> keys,
        List<FcgiextSetting> fcgiextSettings,
        Value<String> wamUserName,
        List<AppProcess> appProcesses,
        Value<Boolean> enableHistory,
        List<KeyProperty> obsoleteProperties,
        List<Filter> filters) {

    public Iis6 {
        keys = List.copyOf(keys);
        fcgiextSettings = List.copyOf(fcgiextSettings);
        appProcesses = List.copyOf(appProcesses);
        obsoleteProperties = List.copyOf(obsoleteProperties);
        filters = List.copyOf(filters);
    }

    /** An fcgiext.ini's share: its settings only. */
    public static Iis6 fcgiext(Location top, List<FcgiextSetting> settings) {
        return new Iis6(
                top,
                Value.notSet(""),
                List.of(),
                settings,
                Value.notSet(""),
                List.of(),
                Value.notSet(""),
                List.of(),
                List.of());
    }

    /** A property written on a key, as written: one that nothing reads any more (IIS-011). */
    public record KeyProperty(String key, String property, String value, Location location) {}

    /**
     * An ISAPI filter key ({@code /LM/W3SVC/Filters/X}, {@code /LM/W3SVC/n/Filters/X}) and the notifications it
     * registered for ({@code FilterFlags}, written by IIS once the filter has loaded; not set before).
     */
    public record Filter(String key, String name, String path, Location location, Value<Long> flags) {}

    /**
     * Whether IIS 6 runs in IIS 5.0 isolation mode: application pools are then ignored. IIS-206 and the audit's
     * Iis5IsolationMode check; not set is not this mode (the audit says "unknown" for it on its own).
     */
    public boolean iis5Mode() {
        return iis5IsolationMode.is(true);
    }

    /**
     * Where an application runs in IIS 5.0 isolation mode: {@code AppIsolated} 0 inside inetinfo.exe, 1 in a
     * dllhost.exe of its own, 2 in the pooled dllhost.exe (the metabase's documented default).
     */
    public record AppProcess(String application, String key, Location location, Value<Long> appIsolated) {
        public boolean inProcess() {
            return appIsolated.is(0L);
        }
    }

    /**
     * Settings of one web key (/LM/W3SVC, /LM/W3SVC/1, /LM/W3SVC/1/ROOT, …) that only IIS 6 rules read: those with
     * no IIS 7+ equivalent, and those the IIS 7+ rules read from their own section ({@code asp/@runOnEndAnonymously}).
     */
    public record KeySettings(
            String key,
            Location location,
            Value<Boolean> anonymousPasswordSync,
            Value<Boolean> aspRunOnEndAnonymously) {}

    /** How an fcgiext.ini setting fares when the FastCGI configuration moves to IIS 7+. */
    public enum Migration {
        /** IIS 7+ has no such setting: it is dropped. */
        DROPPED,
        /** Dropped too, but the value is what IIS 7+ does by default: nothing changes. */
        DROPPED_UNCHANGED,
        /** Carried over only when the source is FastCGI 1.5. */
        NEEDS_FASTCGI_15
    }

    /**
     * One {@code Key=Value} line of an fcgiext.ini section that does not carry over as it is. {@code mappedBy}: the
     * {@code [Types]} entries that send requests to its section ({@code php} for every site, {@code py:2} for site 2
     * only); empty when none does.
     */
    public record FcgiextSetting(
            String section, String key, String value, Location location, Migration migration, List<String> mappedBy) {
        public FcgiextSetting {
            mappedBy = List.copyOf(mappedBy);
        }

        /** Whether IIS 7+ has no place for the setting and its value changes behaviour: IIS-307, and the audit's FcgiextSettings. */
        public boolean isDropped() {
            return migration == Migration.DROPPED;
        }

        /** Whether requests of the site with this id can reach the setting's section. */
        public boolean appliesToSite(String siteId) {
            for (String type : mappedBy) {
                int colon = type.indexOf(':');
                if (colon < 0 || type.substring(colon + 1).strip().equals(siteId)) return true;
            }
            return false;
        }
    }
}
