package io.iislint.iis7;

import static io.iislint.Fixtures.FILE;
import static io.iislint.Fixtures.appHost;
import static io.iislint.Fixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.model.ApplicationPool;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.PipelineMode;
import io.iislint.model.RecycleEvent;
import io.iislint.model.Secret;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.source.Location;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PoolResolutionTest {

    // Line numbers: appHost() puts <configuration> on line 1 and <system.applicationHost> on line 2.
    private static final String POOLS = appHost("""
            <applicationPools>
              <applicationPoolDefaults managedRuntimeVersion="v4.0" queueLength="2000">
                <processModel identityType="NetworkService" idleTimeout="1.00:00:00" />
                <recycling logEventOnRecycle="Time,Schedule">
                  <periodicRestart requests="100">
                    <schedule><add value="03:00:00" /><add value="15:00:00" /></schedule>
                  </periodicRestart>
                </recycling>
              </applicationPoolDefaults>
              <add name="Own" queueLength="500" managedPipelineMode="classic">
                <processModel identityType="localsystem" idleTimeout="29:00:00" password="[enc:IISWASOnlyCngProvider:xyz:enc]" />
                <recycling logEventOnRecycle="9">
                  <periodicRestart time="1.05:00:00"><schedule><clear /></schedule></periodicRestart>
                </recycling>
              </add>
              <add name="Inherits" />
              <add name="Clear" >
                <processModel userName="u" password="secret" />
              </add>
            </applicationPools>""");

    static Stream<Arguments> cases() {
        return Stream.of(
                // pool, accessor, expected value, expected origin kind, expected origin line (0 = none)
                row("Own", p -> p.queueLength(), 500L, "set", 12),
                row("Inherits", p -> p.queueLength(), 2000L, "inherited", 4),
                row("Own", p -> p.managedPipelineMode(), PipelineMode.Classic, "set", 12),
                row("Inherits", p -> p.managedPipelineMode(), PipelineMode.Integrated, "default", 0),
                row("Own", p -> p.processModel().identityType(), IdentityType.LocalSystem, "set", 13),
                row("Inherits", p -> p.processModel().identityType(), IdentityType.NetworkService, "inherited", 5),
                row("Own", p -> p.processModel().idleTimeout(), TimeSpan.ofMinutes(29 * 60), "set", 13),
                row("Inherits", p -> p.processModel().idleTimeout(), TimeSpan.ofMinutes(24 * 60), "inherited", 5),
                row("Inherits", p -> p.processModel().maxProcesses(), 1L, "default", 0),
                row("Own", p -> p.processModel().password(), new Secret.Encrypted("IISWASOnlyCngProvider"), "set", 13),
                row("Clear", p -> p.processModel().password(), new Secret.ClearText(6), "set", 20),
                row("Inherits", p -> p.processModel().password(), new Secret.Empty(), "default", 0),
                row(
                        "Own",
                        p -> p.recycling().logEventOnRecycle(),
                        EnumSet.of(RecycleEvent.Time, RecycleEvent.Memory),
                        "set",
                        14),
                row(
                        "Inherits",
                        p -> p.recycling().logEventOnRecycle(),
                        EnumSet.of(RecycleEvent.Time, RecycleEvent.Schedule),
                        "inherited",
                        6),
                row("Own", p -> p.recycling().periodicRestart().time(), TimeSpan.ofMinutes(29 * 60), "set", 15),
                row("Own", p -> p.recycling().periodicRestart().requests(), 100L, "inherited", 7),
                row("Inherits", p -> p.recycling().periodicRestart().time(), TimeSpan.ofMinutes(1740), "default", 0),
                // the pool's own (cleared) schedule replaces the defaults' schedule as a whole
                row("Own", p -> p.recycling().periodicRestart().schedule(), List.of(), "set", 15),
                row(
                        "Inherits",
                        p -> p.recycling().periodicRestart().schedule(),
                        List.of(TimeSpan.ofMinutes(180), TimeSpan.ofMinutes(900)),
                        "inherited",
                        8),
                row("Inherits", p -> p.failure().rapidFailProtectionInterval(), TimeSpan.ofMinutes(5), "default", 0));
    }

    private static Arguments row(
            String pool, Function<ApplicationPool, Value<?>> get, Object value, String kind, int line) {
        return Arguments.of(pool, get, value, kind, line);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {2} ({3})")
    @MethodSource("cases")
    void resolvesLikeIis(String pool, Function<ApplicationPool, Value<?>> get, Object value, String kind, int line) {
        IisConfig config = model(POOLS);
        Value<?> v = get.apply(config.applicationPool(pool).orElseThrow());
        assertThat(v.orElse(null)).isEqualTo(value);
        assertThat(v.origin().kind()).isEqualTo(kind);
        assertThat(v.origin().location().map(Location::line).orElse(0)).isEqualTo(line);
        if (kind.equals("inherited"))
            assertThat(((Origin.Inherited) v.origin()).from()).isEqualTo("applicationPoolDefaults");
    }

    @Test
    void invalidValuesAreProblemsAndFallBackToTheNextLayer() {
        IisConfig config = model(appHost("""
                <applicationPools>
                  <applicationPoolDefaults queueLength="3000" />
                  <add name="A" queueLength="5" managedPipelineMode="Hybrid">
                    <processModel idleTimeout="twenty minutes" />
                  </add>
                  <add name="a" />
                </applicationPools>"""));
        ApplicationPool a = config.applicationPool("A").orElseThrow();
        assertThat(a.queueLength().orElse(null)).isEqualTo(3000L);
        assertThat(a.managedPipelineMode().orElse(null)).isEqualTo(PipelineMode.Integrated);
        assertThat(a.processModel().idleTimeout().orElse(null)).isEqualTo(TimeSpan.ofMinutes(20));
        assertThat(config.applicationPools()).hasSize(1);
        assertThat(config.problems())
                .extracting(p -> p.location().line() + " " + p.configPath() + " " + p.message())
                .containsExactly(
                        // the collection is replayed first (add, remove, clear), then each pool's values are resolved
                        "8 system.applicationHost/applicationPools/add[@name='a'] application pool 'a' is defined twice: IIS refuses to load this configuration",
                        "5 system.applicationHost/applicationPools/add[@name='A']/@queueLength expected a whole number from 10 to 65535",
                        "5 system.applicationHost/applicationPools/add[@name='A']/@managedPipelineMode expected one of Integrated, Classic",
                        "6 system.applicationHost/applicationPools/add[@name='A']/processModel/@idleTimeout expected a time span from 00:00:00 to 30.00:00:00 (IIS_schema.xml range)");
    }

    /**
     * appcmd list apppool /config /xml: the {@code <add>} holds what is set on the pool itself, the wrapper two
     * effective values; applicationPoolDefaults is not exported, so anything else unset is unknown, not the default.
     */
    @Test
    void anAppcmdExportKnowsWhatThePoolSetsAndWhatItsWrapperListsNothingElse() {
        IisConfig config = model("""
                <appcmd>
                    <APPPOOL APPPOOL.NAME="A" PipelineMode="Classic" RuntimeVersion="v2.0" state="Started">
                        <add name="A" managedRuntimeVersion="v4.0">
                            <processModel identityType="NetworkService" />
                            <recycling><periodicRestart><schedule></schedule></periodicRestart></recycling>
                        </add>
                    </APPPOOL>
                    <APPPOOL APPPOOL.NAME="B" state="Started">
                        <add name="B">
                            <recycling><periodicRestart><schedule><add value="03:00:00" /></schedule></periodicRestart></recycling>
                        </add>
                    </APPPOOL>
                </appcmd>""");
        assertThat(config.kind()).isEqualTo(io.iislint.source.FileKind.APPCMD);
        assertThat(config.applicationPoolsSection()).isPresent();
        assertThat(config.sitesSection()).isEmpty();
        assertThat(config.scopes()).isEmpty();
        ApplicationPool a = config.applicationPool("A").orElseThrow();
        // the pool's own value wins over the wrapper's (which would be the same in a real export)
        assertThat(a.managedRuntimeVersion())
                .isEqualTo(Value.of("v4.0", new Origin.SetHere(new Location(FILE, 3, 23))));
        assertThat(a.managedPipelineMode())
                .isEqualTo(Value.of(
                        PipelineMode.Classic,
                        new Origin.Inherited(
                                "the effective value appcmd lists on <APPPOOL>", new Location(FILE, 2, 31))));
        assertThat(a.processModel().identityType().orElse(null)).isEqualTo(IdentityType.NetworkService);
        String notExported = "the pool in this appcmd export (its defaults are not exported)";
        for (Value<?> unknown : List.of(
                a.queueLength(),
                a.autoStart(),
                a.processModel().idleTimeout(),
                a.recycling().periodicRestart().requests(),
                a.recycling().periodicRestart().schedule(),
                a.cpu().resetInterval())) {
            assertThat(unknown).isEqualTo(Value.notSet(notExported));
        }
        ApplicationPool b = config.applicationPool("B").orElseThrow();
        assertThat(b.managedPipelineMode()).isEqualTo(Value.notSet(notExported));
        assertThat(b.recycling().periodicRestart().schedule().orElse(null))
                .containsExactly(TimeSpan.parse("03:00:00").orElseThrow());
        assertThat(config.problems()).isEmpty();
    }
}
