package io.iislint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One spelling per IPv6 address (RFC 5952), so that bindings written two ways compare as the one address they are. */
class Ipv6Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "::1, ::1",
        "0:0:0:0:0:0:0:1, ::1",
        "::, ::",
        "1::, 1::",
        "2001:DB8::10, 2001:db8::10",
        "2001:db8:0:0::010, 2001:db8::10",
        "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "::ffff:192.0.2.1, ::ffff:c000:201",
        "fe80::1%4, fe80::1%4",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3"
    })
    void spelledOneWay(String written, String canonical) {
        assertThat(Ipv6.canonical(written)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ":1",
                "1:",
                "1:::2",
                "1::2::3",
                "12345::",
                "g::1",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "fe80::1%",
                "::1.2.3",
                "::1.2.3.256",
                "1.2.3.4::",
                "1:2:3:4:5:6:7::8"
            })
    void notAnAddress(String written) {
        assertThat(Ipv6.canonical(written)).isEmpty();
    }
}
