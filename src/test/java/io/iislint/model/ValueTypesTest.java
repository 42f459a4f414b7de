package io.iislint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTypesTest {

    @ParameterizedTest(name = "{0} -> {1} s")
    @CsvSource({
        "00:20:00, 1200, 00:20:00",
        "1.05:00:00, 104400, 1.05:00:00",
        "29:00:00, 104400, 1.05:00:00",
        "00:00:00, 0, 00:00:00",
        "00:01:30.5, 90, 00:01:30",
        "' 00:05:00 ', 300, 00:05:00",
        "02:30, 9000, 02:30:00",
        "2, 172800, 2.00:00:00",
        "30.00:00:00, 2592000, 30.00:00:00",
        "01:02:03, 3723, 01:02:03",
        "100.23:59:59, 8726399, 100.23:59:59",
        "9999999, 863999913600, 9999999.00:00:00",
        "10000000.23:59:59.99, 864000086399, 10000000.23:59:59"
    })
    void timeSpansParseAndPrintAsIisDoes(String text, long seconds, String canonical) {
        TimeSpan t = TimeSpan.parse(text).orElseThrow();
        assertThat(t.seconds()).isEqualTo(seconds);
        assertThat(t.toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({
        "twenty",
        "00:60:00",
        "1.24:00:00",
        "-00:01:00",
        "00:00:61",
        "''",
        "00:001:00",
        "77777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777700:00:00",
        "999999999.00:00:00",
        "12345678",
        "10000000.23:59:59.999"
    })
    void malformedTimeSpansAreRejected(String text) {
        assertThat(TimeSpan.parse(text)).isEmpty();
    }

    @Test
    void enumsReadCaseInsensitivelyOrByNumber() {
        assertThat(IisEnums.parse(IdentityType.class, "localsystem")).contains(IdentityType.LocalSystem);
        assertThat(IisEnums.parse(IdentityType.class, " NetworkService ")).contains(IdentityType.NetworkService);
        assertThat(IisEnums.parse(IdentityType.class, "4")).contains(IdentityType.ApplicationPoolIdentity);
        assertThat(IisEnums.parse(IdentityType.class, "System")).isEmpty();
        assertThat(IisEnums.parse(IdentityType.class, "9")).isEmpty();
    }

    @Test
    void flagListsReadNamesNumbersAndNone() {
        assertThat(IisEnums.parseFlags(RecycleEvent.class, "Time, Memory,privatememory"))
                .contains(EnumSet.of(RecycleEvent.Time, RecycleEvent.Memory, RecycleEvent.PrivateMemory));
        assertThat(IisEnums.parseFlags(RecycleEvent.class, "137"))
                .contains(EnumSet.of(RecycleEvent.Time, RecycleEvent.Memory, RecycleEvent.PrivateMemory));
        assertThat(IisEnums.parseFlags(AccessFlag.class, "")).contains(EnumSet.noneOf(AccessFlag.class));
        assertThat(IisEnums.parseFlags(AccessFlag.class, "None")).contains(EnumSet.noneOf(AccessFlag.class));
        assertThat(IisEnums.parseFlags(RecycleEvent.class, "Time, Lunch")).isEmpty();
        assertThat(IisEnums.parseFlags(RecycleEvent.class, "256")).isEmpty();
        assertThat(Display.of(EnumSet.of(RecycleEvent.Schedule, RecycleEvent.Time)))
                .isEqualTo("Time, Schedule");
    }

    @Test
    void theNamesAnEnumAcceptsAreListedForMessages() {
        assertThat(IisEnums.names(PipelineMode.class)).isEqualTo("Integrated, Classic");
        assertThat(IisEnums.names(IdentityType.class))
                .isEqualTo("LocalSystem, LocalService, NetworkService, SpecificUser, ApplicationPoolIdentity");
    }

    @Test
    void secretsAreClassifiedAndNeverShown() {
        assertThat(Secret.of("")).isEqualTo(new Secret.Empty());
        assertThat(Secret.of("[enc:AesProvider:ABC/def=:enc]")).isEqualTo(new Secret.Encrypted("AesProvider"));
        assertThat(Secret.of("hunter2")).isEqualTo(new Secret.ClearText(7));
        assertThat(Display.of(Secret.of("hunter2")))
                .isEqualTo("(clear text, 7 characters)")
                .doesNotContain("hunter2");
        assertThat(Optional.of(Secret.of("[enc:IISWASOnlyCngProvider::enc]")).map(Secret::isClearText))
                .contains(false);
        assertThat(Display.of(Secret.of("[enc:AesProvider:ABC/def=:enc]"))).isEqualTo("(encrypted with AesProvider)");
        assertThat(Display.of(Secret.of("[enc::ABC:enc]"))).isEqualTo("(encrypted)");
        assertThat(Display.of(new Secret.Empty())).isEqualTo("(none)");
    }

    /** A metabase secure property is a hex blob of 32 characters or more, starting with the header's "IcD". */
    @Test
    void metabaseSecretsAreEncryptedFrom32HexDigits() {
        assertThat(Secret.ofMetabase("4963446" + "0".repeat(25))).isEqualTo(new Secret.Encrypted("IIS 6 metabase"));
        assertThat(Secret.ofMetabase("4963446" + "0".repeat(23))).isEqualTo(new Secret.ClearText(30));
        assertThat(Secret.ofMetabase("4963446" + "0".repeat(24))).isEqualTo(new Secret.ClearText(31));
    }
}
