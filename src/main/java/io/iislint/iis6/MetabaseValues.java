package io.iislint.iis6;

import io.iislint.model.AccessFlag;
import io.iislint.model.ConfigProblem;
import io.iislint.model.CpuAction;
import io.iislint.model.Digits;
import io.iislint.model.IdentityType;
import io.iislint.model.Origin;
import io.iislint.model.RecycleEvent;
import io.iislint.model.Secret;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads metabase properties down the key path, as IIS 6 does: the key's own value, else its parent key's, up
 * to {@code /LM}. A property no key sets takes the IIS 6 default only where the IIS 6 documentation gives one
 * reliable value; elsewhere it is {@link Value#notSet} (the SDK's "schema" and "internal" defaults disagree for
 * several properties, e.g. PeriodicRestartTime 60 vs 1740 minutes).
 */
final class MetabaseValues {

    /** Turns a property's text into a typed value; empty when IIS 6 would not accept it. */
    record Type<T>(String expected, Function<String, Optional<T>> parse) {}

    static final Type<String> TEXT = new Type<>("text", Optional::of);

    static final Type<Boolean> BOOL =
            new Type<>("TRUE or FALSE", t -> switch (t.trim().toUpperCase(Locale.ROOT)) {
                case "TRUE", "1" -> Optional.of(true);
                case "FALSE", "0" -> Optional.of(false);
                default -> Optional.empty();
            });

    static final Type<Long> DWORD = new Type<>("a whole number from 0 to 4294967295", t -> {
        String s = t.trim();
        if (!Digits.upTo(s, 10)) return Optional.empty();
        long v = Long.parseLong(s);
        return v <= 4_294_967_295L ? Optional.of(v) : Optional.empty();
    });

    /** IIS 6 keeps PeriodicRestartTime, IdleTimeout, RapidFailProtectionInterval, CPUResetInterval in minutes. */
    static final Type<TimeSpan> MINUTES =
            new Type<>("a number of minutes", t -> DWORD.parse().apply(t).map(TimeSpan::ofMinutes));

    /** AppPoolIdentityType: 0 LocalSystem, 1 LocalService, 2 NetworkService, 3 a configurable account. */
    private static final List<IdentityType> IDENTITY_TYPES = List.of(
            IdentityType.LocalSystem,
            IdentityType.LocalService,
            IdentityType.NetworkService,
            IdentityType.SpecificUser);

    static final Type<IdentityType> IDENTITY = new Type<>(
            "0 (LocalSystem), 1 (LocalService), 2 (NetworkService) or 3 (configurable)",
            t -> DWORD.parse().apply(t).filter(v -> v <= 3).map(v -> IDENTITY_TYPES.get(v.intValue())));

    /**
     * CPUAction: 0 logs only, 1 shuts the worker down. The Windows Server 2003 reference also lists 2 (MD_CPU_TRACE,
     * capacity tracing) and the IIS 6 SDK gives 3 as the upper bound, so IIS does not refuse 2 or 3. Neither shuts the
     * worker down, which is all the model's action says for IIS 6: they read as NoAction (IIS 7's Throttle, also 2,
     * is another thing).
     */
    static final Type<CpuAction> CPU_ACTION = new Type<>(
            "a number from 0 to 3 (0 log only, 1 shut down the worker, 2 trace; the IIS 6 SDK gives 3 as the upper bound)",
            t -> DWORD.parse().apply(t).filter(v -> v <= 3).map(v -> v == 1 ? CpuAction.KillW3wp : CpuAction.NoAction));

    /** AppIsolated: 0 in-process (inetinfo.exe), 1 out-of-process, 2 pooled out-of-process. */
    static final Type<Long> APP_ISOLATED = new Type<>(
            "0 (in-process), 1 (out-of-process) or 2 (pooled)",
            t -> DWORD.parse().apply(t).filter(v -> v <= 2));

    static final Type<Secret> SECRET = new Type<>("text", t -> Optional.of(Secret.ofMetabase(t)));

    /** LogEventOnRecycle: {@code AppPoolRecycleTime | AppPoolRecycleMemory}, or the bit mask (1 Time … 128 PrivateMemory). */
    static final Type<Set<RecycleEvent>> RECYCLE_EVENTS =
            flags("a bit mask or AppPoolRecycle… names joined by |", RecycleEvent.class, "AppPoolRecycle", Map.of());

    /** AccessFlags: {@code AccessRead | AccessScript}, or the bit mask; AccessNoPhysicalDir is not a handler flag. */
    static final Type<Set<AccessFlag>> ACCESS = flags(
            "a bit mask or Access… names joined by |",
            AccessFlag.class,
            "Access",
            Map.of("AccessNoPhysicalDir", 0x8000L));

    /** AuthFlags bits, named as the metabase names them. */
    static final Map<String, Long> AUTH_BITS =
            Map.of("AuthAnonymous", 1L, "AuthBasic", 2L, "AuthNTLM", 4L, "AuthMD5", 16L, "AuthPassport", 64L);

    static final Type<Long> AUTH = bits("a bit mask or Auth… names joined by |", AUTH_BITS);

    static final long ENABLE_DIR_BROWSING = 0x80000000L;

    /**
     * FilterFlags: the notifications an ISAPI filter registered for, named as MBSchema.xml names them. IIS writes the
     * value itself when the filter loads; a name not listed here is left out rather than called invalid.
     */
    static final Type<Long> FILTER_FLAGS = lenientBits(
            "a bit mask or Notify… names joined by |",
            Map.ofEntries(
                    Map.entry("NotifySecurePort", 0x1L),
                    Map.entry("NotifyNonSecurePort", 0x2L),
                    Map.entry("NotifySendResponse", 0x40L),
                    Map.entry("NotifyEndOfRequest", 0x80L),
                    Map.entry("NotifyEndOfNetSession", 0x100L),
                    Map.entry("NotifyLog", 0x200L),
                    Map.entry("NotifySendRawData", 0x400L),
                    Map.entry("NotifyAccessDenied", 0x800L),
                    Map.entry("NotifyUrlMap", 0x1000L),
                    Map.entry("NotifyAuthentication", 0x2000L),
                    Map.entry("NotifyPreProcHeaders", 0x4000L),
                    Map.entry("NotifyReadRawData", 0x8000L),
                    Map.entry("NotifyOrderLow", 0x20000L),
                    Map.entry("NotifyOrderMedium", 0x40000L),
                    Map.entry("NotifyOrderHigh", 0x80000L),
                    Map.entry("NotifyAuthComplete", 0x4000000L)));

    static final Type<Long> DIR_BROWSE = bits(
            "a bit mask or DirBrowse… names joined by |",
            Map.of(
                    "DirBrowseShowDate",
                    2L,
                    "DirBrowseShowTime",
                    4L,
                    "DirBrowseShowSize",
                    8L,
                    "DirBrowseShowExtension",
                    16L,
                    "DirBrowseShowLongDate",
                    32L,
                    "EnableDefaultDoc",
                    0x40000000L,
                    "EnableDirBrowsing",
                    ENABLE_DIR_BROWSING));

    /** A metabase key and its element, with the chain of keys it inherits from. */
    private final Map<String, XmlElement> keys;
    /** A value read by several keys is still one problem. */
    private final Set<ConfigProblem> problems = new LinkedHashSet<>();

    /** Lower-cased key the export does not hold → what an iiscnfg /export /inherited wrote as inherited from it. */
    private final Map<String, XmlElement> inherited;

    MetabaseValues(Map<String, XmlElement> keys, Map<String, XmlElement> inherited) {
        this.keys = keys;
        this.inherited = inherited;
    }

    /**
     * Where a walk up the key path finds {@code property} at {@code key}: the key itself, else the properties an
     * export inherited from it and the keys above it ({@code IIsInheritedProperties}), named so in origins.
     */
    Optional<Source> onPath(String key, String property) {
        Optional<XmlElement> e = key(key);
        if (e.isPresent() && e.get().has(property)) return Optional.of(new Source(key, e.get()));
        XmlElement above = inherited.get(key.toLowerCase(Locale.ROOT));
        if (above != null && above.has(property))
            return Optional.of(new Source(WebServerScope.exportedInheritance(key), above));
        return Optional.empty();
    }

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    Optional<XmlElement> key(String key) {
        return Optional.ofNullable(keys.get(key.toLowerCase(Locale.ROOT)));
    }

    /** {@code /LM/W3SVC/1/ROOT} → {@code /LM/W3SVC/1}; {@code /LM} → empty. */
    static Optional<String> parent(String key) {
        int slash = key.lastIndexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(key.substring(0, slash));
    }

    /** The value with a reliable IIS 6 default when nothing sets it. */
    <T> Value<T> get(String key, String property, Type<T> type, T defaultValue) {
        return find(key, property, type).orElseGet(() -> Value.ofDefault(defaultValue));
    }

    /** The value, or "not set" when no key on the path sets it. */
    <T> Value<T> get(String key, String property, Type<T> type) {
        return find(key, property, type).orElseGet(() -> Value.notSet(key));
    }

    /** Only the key's own value: for properties IIS 6 does not inherit (ServerBindings, AppRoot, Path, …). */
    <T> Optional<Value<T>> own(String key, String property, Type<T> type) {
        Optional<XmlElement> e = key(key);
        if (e.isEmpty() || !e.get().has(property)) return Optional.empty();
        return parse(key, e.get(), property, type)
                .map(v -> Value.of(v, new Origin.SetHere(e.get().locationOf(property))));
    }

    private <T> Optional<Value<T>> find(String key, String property, Type<T> type) {
        return source(key, property, type).map(found -> {
            T v = type.parse()
                    .apply(found.element().attribute(property).orElse(""))
                    .orElseThrow();
            Location at = found.element().locationOf(property);
            return Value.of(
                    v,
                    found.key().equalsIgnoreCase(key) ? new Origin.SetHere(at) : new Origin.Inherited(found.key(), at));
        });
    }

    /** The key a property's valid value comes from. */
    record Source(String key, XmlElement element) {}

    /**
     * Lower-cased key → (type and property → where its value comes from): shared by every key below, so that a
     * walk stops at the first ancestor already resolved. Each key path is held once, however many properties.
     */
    private final Map<String, Map<String, Optional<Source>>> resolved = new HashMap<>();

    /**
     * The nearest key on the path, from {@code key} up, with a valid value for the property. An invalid value is
     * reported once and skipped: IIS 6 falls back to the parent's. Each key is resolved once per property, so a
     * deep or wide tree of keys costs time linear in its size.
     */
    private Optional<Source> source(String key, String property, Type<?> type) {
        String slot = type.expected() + '\0' + property;
        List<Map<String, Optional<Source>>> walked = new ArrayList<>();
        Optional<Source> found = Optional.empty();
        for (Optional<String> k = Optional.of(key); k.isPresent(); k = parent(k.get())) {
            Map<String, Optional<Source>> ofKey =
                    resolved.computeIfAbsent(k.get().toLowerCase(Locale.ROOT), x -> new HashMap<>());
            Optional<Source> known = ofKey.get(slot);
            if (known != null) {
                found = known;
                break;
            }
            walked.add(ofKey);
            Optional<Source> e = onPath(k.get(), property);
            if (e.isPresent()
                    && parse(e.get().key(), e.get().element(), property, type).isPresent()) {
                found = e;
                break;
            }
        }
        for (Map<String, Optional<Source>> w : walked) w.put(slot, found);
        return found;
    }

    private <T> Optional<T> parse(String key, XmlElement e, String property, Type<T> type) {
        String raw = e.attribute(property).orElse("");
        Optional<T> v = type.parse().apply(raw);
        if (v.isEmpty()) {
            problems.add(new ConfigProblem(
                    e.locationOf(property),
                    "metabase key",
                    key,
                    key + "/" + property,
                    raw,
                    "expected " + type.expected()));
        }
        return v;
    }

    void problem(XmlElement e, String property, String key, String raw, String message) {
        problems.add(
                new ConfigProblem(e.locationOf(property), "metabase key", key, key + "/" + property, raw, message));
    }

    /** A flag property: {@code A | B} names (with the metabase's prefix) or a decimal bit mask. */
    private static <E extends Enum<E> & io.iislint.model.IisEnum> Type<Set<E>> flags(
            String expected, Class<E> type, String prefix, Map<String, Long> ignored) {
        return new Type<>(expected, t -> {
            String s = t.trim();
            EnumSet<E> set = EnumSet.noneOf(type);
            if (Digits.upTo(s, 10)) {
                long n = Long.parseLong(s);
                long known = 0;
                for (long bit : ignored.values()) known |= bit;
                for (E e : type.getEnumConstants()) {
                    known |= e.iisValue();
                    if ((n & e.iisValue()) != 0) set.add(e);
                }
                return (n & ~known) == 0 ? Optional.of(set) : Optional.empty();
            }
            if (s.isEmpty() || s.equals("0")) return Optional.of(set);
            for (String part : s.split("\\|")) {
                String name = part.trim();
                if (ignored.containsKey(name)) continue;
                if (!name.startsWith(prefix)) return Optional.empty();
                Optional<E> e = io.iislint.model.IisEnums.parse(type, name.substring(prefix.length()));
                if (e.isEmpty() || Digits.upTo(name.substring(prefix.length()), 10)) return Optional.empty();
                set.add(e.get());
            }
            return Optional.of(set);
        });
    }

    /** A bit-mask property as a number: names from {@code bits} joined by {@code |}, or decimal. */
    /** Like {@link #bits}, but a name it does not know counts for nothing instead of making the value invalid. */
    private static Type<Long> lenientBits(String expected, Map<String, Long> bits) {
        return new Type<>(expected, t -> {
            String s = t.trim();
            if (Digits.upTo(s, 10)) return Optional.of(Long.parseLong(s));
            long n = 0;
            for (String part : s.split("\\|")) n |= bits.getOrDefault(part.trim(), 0L);
            return Optional.of(n);
        });
    }

    private static Type<Long> bits(String expected, Map<String, Long> bits) {
        return new Type<>(expected, t -> {
            String s = t.trim();
            if (Digits.upTo(s, 10)) return Optional.of(Long.parseLong(s));
            if (s.isEmpty()) return Optional.of(0L);
            long n = 0;
            for (String part : s.split("\\|")) {
                Long bit = bits.get(part.trim());
                if (bit == null) return Optional.empty();
                n |= bit;
            }
            return Optional.of(n);
        });
    }
}
