package io.iislint.iis7;

import io.iislint.iis7.Resolver.Layer;
import io.iislint.iis7.Resolver.Subject;
import io.iislint.model.ApplicationPool;
import io.iislint.model.CpuAction;
import io.iislint.model.IdentityType;
import io.iislint.model.Origin;
import io.iislint.model.PipelineMode;
import io.iislint.model.RecycleEvent;
import io.iislint.model.StartMode;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code system.applicationHost/applicationPools}: each pool is its own {@code <add>} over
 * {@code applicationPoolDefaults} over the schema defaults, attribute by attribute and child element by child
 * element; the recycling schedule is a collection and is replaced as a whole.
 */
final class PoolReader {
    private static final String DEFAULTS = "applicationPoolDefaults";
    private static final String K = "applicationPools/add/";

    /** Where an appcmd export's pools take the values its {@code <APPPOOL>} wrappers list. */
    private static final String EFFECTIVE = "the effective value appcmd lists on <APPPOOL>";

    /** An unknown value's key ("not set on … or any parent key"). */
    private static final String NOT_EXPORTED = "the pool in this appcmd export (its defaults are not exported)";

    private final Resolver resolver;
    /** Whether the pools come from an appcmd export: values they do not set are unknown, not the IIS default. */
    private boolean exported;
    /** An exported pool's {@code <add>} → its wrapper's effective values, named as the {@code <add>} names them. */
    private final Map<XmlElement, XmlElement> effective = new IdentityHashMap<>();

    PoolReader(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The pools of {@code appcmd list apppool /config /xml}: each {@code <APPPOOL>} wrapper holds the pool's own
     * {@code <add>} (only what is set on the pool itself) and, as attributes, two effective values: RuntimeVersion
     * and PipelineMode. {@code applicationPoolDefaults} is not exported, so any other value the {@code <add>} does
     * not set is unknown: a finding about an IIS default could be false on a server whose defaults were changed.
     */
    List<ApplicationPool> readExport(List<XmlElement> wrappers, io.iislint.source.Location at) {
        exported = true;
        List<XmlElement> adds = new ArrayList<>();
        for (XmlElement w : wrappers) {
            XmlElement add = w.lastChild("add").orElseThrow(); // FileKinds refuses a wrapper without one
            adds.add(add);
            effective.put(add, effectiveValues(w));
        }
        return read(new XmlElement("applicationPools", Map.of(), Map.of(), adds, "", at));
    }

    private static XmlElement effectiveValues(XmlElement wrapper) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, io.iislint.source.Location> at = new LinkedHashMap<>();
        for (String[] names :
                new String[][] {{"RuntimeVersion", "managedRuntimeVersion"}, {"PipelineMode", "managedPipelineMode"}}) {
            wrapper.attribute(names[0]).ifPresent(v -> {
                values.put(names[1], v);
                at.put(names[1], wrapper.locationOf(names[0]));
            });
        }
        return new XmlElement(wrapper.name(), values, at, List.of(), "", wrapper.location());
    }

    List<ApplicationPool> read(XmlElement section) {
        Optional<XmlElement> defaults = section.lastChild(DEFAULTS);
        Map<String, XmlElement> entries = new LinkedHashMap<>();
        for (XmlElement e : section.children()) {
            switch (e.name()) {
                case "add" -> add(e, entries);
                case "remove", "clear" ->
                    UndeclaredDirectives.apply(
                            resolver,
                            e,
                            "applicationPools",
                            "<add>",
                            "pool",
                            new Subject(
                                    "config section",
                                    "system.applicationHost/applicationPools",
                                    "system.applicationHost/applicationPools"),
                            this::subject,
                            entries);
                default -> {
                    // applicationPoolDefaults is read above; anything else is not a pool
                }
            }
        }
        List<ApplicationPool> pools = new ArrayList<>();
        for (Map.Entry<String, XmlElement> e : entries.entrySet()) {
            pools.add(pool(e.getValue().attribute("name").orElseThrow(), e.getValue(), defaults));
        }
        return pools;
    }

    private void add(XmlElement add, Map<String, XmlElement> entries) {
        Optional<String> name = add.attribute("name").filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            resolver.problem(
                    new Subject("application pool", "(unnamed)", "system.applicationHost/applicationPools/add"),
                    add,
                    "an application pool without a name: IIS refuses to load this configuration");
            return;
        }
        if (entries.putIfAbsent(name.get().toLowerCase(Locale.ROOT), add) != null) {
            resolver.problem(
                    subject(name.get()),
                    add,
                    "application pool '" + name.get() + "' is defined twice: IIS refuses to load this configuration");
        }
    }

    private Subject subject(String pool) {
        return new Subject(
                "application pool", pool, "system.applicationHost/applicationPools/add[@name='" + pool + "']");
    }

    // Ranges are IIS_schema.xml's integerRange and timeSpanRange (time spans in seconds): a value outside one is
    // refused
    // and the next layer's value, or the schema default, is what IIS runs with.
    private ApplicationPool pool(String name, XmlElement add, Optional<XmlElement> defaults) {
        Subject s = subject(name);
        List<Layer> top = exported
                ? List.of(Layer.here(Optional.of(add)), Layer.from(EFFECTIVE, Optional.ofNullable(effective.get(add))))
                : List.of(Layer.here(Optional.of(add)), Layer.from(DEFAULTS, defaults));
        List<Layer> pm = child(add, defaults, "processModel");
        List<Layer> rec = child(add, defaults, "recycling");
        List<Layer> pr = List.of(
                Layer.here(add.path("recycling", "periodicRestart")),
                Layer.from(DEFAULTS, defaults.flatMap(d -> d.path("recycling", "periodicRestart"))));
        List<Layer> fail = child(add, defaults, "failure");
        List<Layer> cpu = child(add, defaults, "cpu");
        Subject sPm = sub(s, "processModel");
        Subject sRec = sub(s, "recycling");
        Subject sPr = sub(s, "recycling/periodicRestart");
        Subject sFail = sub(s, "failure");
        Subject sCpu = sub(s, "cpu");
        return new ApplicationPool(
                name,
                add.location(),
                value(s, top, "queueLength", K + "@queueLength", Parser.uint(10, 65535)),
                value(s, top, "autoStart", K + "@autoStart", Parser.BOOL),
                value(s, top, "enable32BitAppOnWin64", K + "@enable32BitAppOnWin64", Parser.BOOL),
                value(s, top, "managedRuntimeVersion", K + "@managedRuntimeVersion", Parser.STRING),
                value(
                        s,
                        top,
                        "managedPipelineMode",
                        K + "@managedPipelineMode",
                        Parser.enumeration(PipelineMode.class)),
                value(s, top, "enableConfigurationOverride", K + "@enableConfigurationOverride", Parser.BOOL),
                value(s, top, "startMode", K + "@startMode", Parser.enumeration(StartMode.class)),
                new ApplicationPool.ProcessModel(
                        value(
                                sPm,
                                pm,
                                "identityType",
                                K + "processModel/@identityType",
                                Parser.enumeration(IdentityType.class)),
                        value(sPm, pm, "userName", K + "processModel/@userName", Parser.STRING),
                        value(sPm, pm, "password", K + "processModel/@password", Parser.SECRET),
                        value(sPm, pm, "idleTimeout", K + "processModel/@idleTimeout", Parser.timeSpan(0, 2_592_000)),
                        value(sPm, pm, "maxProcesses", K + "processModel/@maxProcesses", Parser.uint(0, 2_147_483_647)),
                        value(sPm, pm, "pingingEnabled", K + "processModel/@pingingEnabled", Parser.BOOL)),
                new ApplicationPool.Recycling(
                        value(
                                sRec,
                                rec,
                                "logEventOnRecycle",
                                K + "recycling/@logEventOnRecycle",
                                Parser.flags(RecycleEvent.class)),
                        new ApplicationPool.PeriodicRestart(
                                value(
                                        sPr,
                                        pr,
                                        "time",
                                        K + "recycling/periodicRestart/@time",
                                        Parser.timeSpan(0, 25_920_000)),
                                value(sPr, pr, "requests", K + "recycling/periodicRestart/@requests", Parser.UINT),
                                value(sPr, pr, "memory", K + "recycling/periodicRestart/@memory", Parser.UINT),
                                value(
                                        sPr,
                                        pr,
                                        "privateMemory",
                                        K + "recycling/periodicRestart/@privateMemory",
                                        Parser.UINT),
                                schedule(sub(s, "recycling/periodicRestart/schedule"), add, defaults))),
                new ApplicationPool.Failure(
                        value(sFail, fail, "rapidFailProtection", K + "failure/@rapidFailProtection", Parser.BOOL),
                        value(
                                sFail,
                                fail,
                                "rapidFailProtectionInterval",
                                K + "failure/@rapidFailProtectionInterval",
                                Parser.timeSpan(60, 8_640_000)),
                        value(
                                sFail,
                                fail,
                                "rapidFailProtectionMaxCrashes",
                                K + "failure/@rapidFailProtectionMaxCrashes",
                                Parser.uint(1, 2_147_483_647)),
                        value(sFail, fail, "orphanWorkerProcess", K + "failure/@orphanWorkerProcess", Parser.BOOL),
                        value(sFail, fail, "orphanActionExe", K + "failure/@orphanActionExe", Parser.STRING)),
                new ApplicationPool.Cpu(
                        value(sCpu, cpu, "limit", K + "cpu/@limit", Parser.uint(0, 100_000)),
                        value(sCpu, cpu, "action", K + "cpu/@action", Parser.enumeration(CpuAction.class)),
                        value(sCpu, cpu, "resetInterval", K + "cpu/@resetInterval", Parser.timeSpan(0, 86_400)),
                        value(sCpu, cpu, "smpAffinitized", K + "cpu/@smpAffinitized", Parser.BOOL),
                        value(sCpu, cpu, "smpProcessorAffinityMask", K + "cpu/@smpProcessorAffinityMask", Parser.UINT),
                        value(
                                sCpu,
                                cpu,
                                "smpProcessorAffinityMask2",
                                K + "cpu/@smpProcessorAffinityMask2",
                                Parser.UINT)));
    }

    /** The attribute as IIS resolves it; from an appcmd export, unknown when the pool does not set it. */
    private <T> Value<T> value(Subject s, List<Layer> layers, String attribute, String defaultKey, Parser<T> parser) {
        return exported
                ? resolver.resolveIfSet(s, layers, attribute, parser, NOT_EXPORTED)
                : resolver.resolve(s, layers, attribute, defaultKey, parser);
    }

    private static Subject sub(Subject s, String element) {
        return new Subject(s.kind(), s.name(), s.configPath() + "/" + element);
    }

    private static List<Layer> child(XmlElement add, Optional<XmlElement> defaults, String name) {
        return List.of(Layer.here(add.lastChild(name)), Layer.from(DEFAULTS, defaults.flatMap(d -> d.lastChild(name))));
    }

    /** The pool's own schedule element replaces the defaults' one entirely, even when empty. */
    private Value<List<TimeSpan>> schedule(Subject s, XmlElement add, Optional<XmlElement> defaults) {
        Optional<XmlElement> own = add.path("recycling", "periodicRestart", "schedule");
        // appcmd writes every pool an empty <schedule>: only entries in it are the pool's own
        if (exported && own.map(o -> o.children().isEmpty()).orElse(true)) return Value.notSet(NOT_EXPORTED);
        if (own.isPresent())
            return Value.of(times(s, own.get()), new Origin.SetHere(own.get().location()));
        Optional<XmlElement> inherited = defaults.flatMap(d -> d.path("recycling", "periodicRestart", "schedule"));
        if (inherited.isPresent()) {
            return Value.of(
                    times(s, inherited.get()),
                    new Origin.Inherited(DEFAULTS, inherited.get().location()));
        }
        return Value.ofDefault(List.of());
    }

    private List<TimeSpan> times(Subject s, XmlElement schedule) {
        Map<Long, TimeSpan> entries = new LinkedHashMap<>();
        for (XmlElement e : schedule.children()) {
            switch (e.name()) {
                case "clear" -> entries.clear();
                case "remove" -> {
                    // the schedule's collection declares <add> and <clear/> only (IIS_schema.xml)
                    resolver.problem(
                            s,
                            e,
                            "<remove> is not part of the schedule collection (IIS_schema.xml declares only <add> and"
                                    + " <clear/> for it): IIS refuses this configuration as an unrecognized element; the time it would remove"
                                    + " is not judged");
                    e.attribute("value").flatMap(TimeSpan::parse).ifPresent(t -> entries.remove(t.seconds()));
                }
                case "add" -> {
                    String raw = e.attribute("value").orElse("");
                    Optional<TimeSpan> t = TimeSpan.parse(raw).filter(v -> v.seconds() < 86_400);
                    if (t.isPresent()) entries.put(t.get().seconds(), t.get());
                    else resolver.problem(s, e, "value", raw, "expected a time of day from 00:00:00 to 23:59:59");
                }
                default -> {
                    // other elements are not part of the schedule collection
                }
            }
        }
        return List.copyOf(entries.values());
    }
}
