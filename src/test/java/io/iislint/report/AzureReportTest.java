package io.iislint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.LoggingCommand;
import io.iislint.catalog.Catalog;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The escaping of the azure format against the agent's unescaping (Agent.Sdk's CommandStringConvertor: %3B, %0D,
 * %0A, %5D, then %AZP25, in properties and message alike): whatever a name holds, the agent reads back exactly it,
 * and no ';' or ']' of it ends a property or the command early.
 */
class AzureReportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain",
                "100%",
                "a;b",
                "a]b",
                "a\rb\nc",
                "%3B",
                "%5D%0A%0D",
                "%AZP25",
                "%AZP253B",
                "];##vso[task.setvariable variable=X]y",
                "%%;;]]\r\n"
            })
    void whatTheAgentUnescapesIsWhatWasEscaped(String s) {
        String escaped = AzureReport.escape(s);
        assertThat(escaped).doesNotContain(";", "]", "\r", "\n");
        assertThat(escaped.replaceAll("%(AZP25|3B|0D|0A|5D)", "")).doesNotContain("%");
        assertThat(LoggingCommand.unescape(escaped)).isEqualTo(s);
    }

    @Test
    void aFileAndAMessageHoldingTheCommandsSeparatorsAreReadBackWhole() throws IOException {
        String file = "srv;web01]/50%AZP25/applicationHost.config";
        var rule = Catalog.load().find("IIS-101").orElseThrow();
        Finding f = new Finding(
                rule.id(),
                rule.name(),
                Severity.ERROR,
                rule.category(),
                new Location(file, 3, 7),
                new Finding.Subject("application pool", "Shop;x]%3B"),
                "runs as LocalSystem",
                "",
                Optional.empty(),
                Optional.empty(),
                new Finding.Fix("appcmd set apppool /apppool.name:\"Shop;x]%3B\"", "", ""));
        Report report = new Report(
                "test",
                List.of(rule),
                List.of(FileResult.linted(file, FileKind.APPLICATION_HOST, List.of(f), 0)),
                Severity.WARNING,
                false);
        StringWriter out = new StringWriter();
        new AzureReport().write(report, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        LoggingCommand c = LoggingCommand.parse(lines.get(0)).orElseThrow();
        assertThat(c.properties())
                .containsExactly(
                        java.util.Map.entry("type", "error"),
                        java.util.Map.entry("sourcepath", file),
                        java.util.Map.entry("linenumber", "3"),
                        java.util.Map.entry("columnnumber", "7"),
                        java.util.Map.entry("code", "IIS-101"));
        assertThat(c.message())
                .isEqualTo("error IIS-101 application pool 'Shop;x]%3B': runs as LocalSystem\n"
                        + "fix: appcmd set apppool /apppool.name:\"Shop;x]%3B\"");
    }
}
