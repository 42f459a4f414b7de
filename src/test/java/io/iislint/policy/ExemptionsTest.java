package io.iislint.policy;

import static io.iislint.Fixtures.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.source.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExemptionsTest {

    @TempDir
    Path dir;

    private final Set<String> all = Set.of(Exemptions.EXPIRED);

    private Policy policy(String exemptions) throws IOException, io.iislint.source.InputError {
        Path file = dir.resolve(".iislint.xml");
        Files.writeString(file, "<iislint>\n" + exemptions + "\n</iislint>\n");
        return PolicyReader.read(file, catalog());
    }

    private static List<String> expired(List<FileResult> results) {
        return results.stream()
                .flatMap(r -> r.findings().stream())
                .map(Finding::message)
                .toList();
    }

    @Test
    void withoutAnExpiryDateTheClockIsNeverRead() throws Exception {
        Policy p = policy("  <exempt rule=\"IIS-101\" pool=\"Shop\" reason=\"vendor\" />");
        Supplier<LocalDate> clock = () -> {
            throw new AssertionError("the clock was read");
        };
        assertThat(Exemptions.apply(p, List.of(), catalog(), all, clock)).isEmpty();
    }

    @Test
    void withAnExpiryDateTheClockIsReadOnceAndTheDayItNamesIsTheLastItApplies() throws Exception {
        Policy p = policy("""
                  <exempt rule="IIS-101" pool="Shop" reason="vendor" expires="2029-12-31" />
                  <exempt rule="IIS-102" pool="Shop" reason="vendor" />
                """);
        AtomicInteger reads = new AtomicInteger();
        List<FileResult> lastDay = Exemptions.apply(p, List.of(), catalog(), all, () -> {
            reads.incrementAndGet();
            return LocalDate.of(2029, 12, 31);
        });
        assertThat(reads).hasValue(1);
        assertThat(lastDay).isEmpty();
        List<FileResult> dayAfter = Exemptions.apply(p, List.of(), catalog(), all, () -> LocalDate.of(2030, 1, 1));
        RuleInfo info = catalog().require(Exemptions.EXPIRED);
        assertThat(dayAfter)
                .singleElement()
                .satisfies(r ->
                        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(info.id()));
        assertThat(expired(dayAfter))
                .containsExactly(
                        "expired on 2029-12-31 and no longer applies (reason given: vendor): fix the findings, or renew the exemption with a new date");
    }

    private static Finding aboutPool(String name) {
        return Finding.about(
                catalog().require("IIS-101").ref(),
                new Location("servers/web01/applicationHost.config", 1, 1),
                new Finding.Subject("application pool", name),
                "m");
    }

    private static Policy.Exemption pool(String glob) {
        return new Policy.Exemption(
                Set.of("IIS-101"),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of(glob),
                "r",
                java.util.Optional.empty(),
                new Location(".iislint.xml", 1, 1));
    }

    @Test
    void wildcardsMatchAsGlobsIgnoringCase() {
        assertThat(pool("*web*prod*").covers(aboutPool("Shop-WEB-Prod-2"))).isTrue();
        assertThat(pool("*web*prod*").covers(aboutPool("prod-web"))).isFalse();
        assertThat(pool("MSExchange*").covers(aboutPool("msexchangeOWA"))).isTrue();
        assertThat(pool("MSExchange*").covers(aboutPool("OWA-MSExchange"))).isFalse();
        assertThat(pool("*Pool").covers(aboutPool("AppPool"))).isTrue();
        assertThat(pool("a*a").covers(aboutPool("a"))).isFalse(); // the start and the end cannot share the one 'a'
        assertThat(pool("a*a").covers(aboutPool("aa"))).isTrue();
        assertThat(pool("").covers(aboutPool(""))).isTrue();
        assertThat(pool("**").covers(aboutPool("anything"))).isTrue();
        assertThat(pool("Shop").covers(aboutPool("Shop2"))).isFalse();
        assertThat(pool("a.b(c)[d]").covers(aboutPool("A.B(C)[D]"))).isTrue(); // no character but * is special
        assertThat(pool("a.b").covers(aboutPool("axb"))).isFalse();
        assertThat(pool("\u00c9t\u00e9*").covers(aboutPool("\u00e9T\u00c9 pool")))
                .isTrue(); // letter case beyond ASCII
        assertThat(pool("\ud801\udc00*").covers(aboutPool("\ud801\udc28x"))).isTrue(); // and beyond the BMP (Deseret)
    }

    /**
     * A pool name from the config under review can be 1 MiB (the attribute limit), and the policy's pattern can have
     * many stars: a backtracking regex took minutes on a few hundred KB. Matching must stay linear; the bound is
     * generous (it takes milliseconds), so only a matcher that grows faster than the input fails it.
     */
    @Test
    void longNamesAgainstManyStarsMatchInLinearTime() {
        String name = "web".repeat(350_000); // 1,050,000 characters
        Policy.Exemption twoStars = pool("*web*prod*");
        Policy.Exemption manyStars = pool("*a".repeat(25) + "b");
        Policy.Exemption manyWebs = pool("*web".repeat(40) + "*prod");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(twoStars.covers(aboutPool(name))).isFalse();
            assertThat(twoStars.covers(aboutPool(name + "prod"))).isTrue();
            assertThat(manyStars.covers(aboutPool("a".repeat(1_000_000)))).isFalse();
            assertThat(manyStars.covers(aboutPool("a".repeat(1_000_000) + "b"))).isTrue();
            assertThat(manyWebs.covers(aboutPool(name))).isFalse();
            assertThat(manyWebs.covers(aboutPool(name + "-prod"))).isTrue();
        });
    }
}
