package io.iislint.policy;

import static io.iislint.Fixtures.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.report.FileResult;
import io.iislint.rules.Finding;
import io.iislint.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
        return results.stream().flatMap(r -> r.findings().stream()).map(Finding::message).toList();
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
        assertThat(dayAfter).singleElement().satisfies(r -> assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(info.id()));
        assertThat(expired(dayAfter)).containsExactly(
                "expired on 2029-12-31 and no longer applies (reason given: vendor): fix the findings, or renew the exemption with a new date");
    }
}
