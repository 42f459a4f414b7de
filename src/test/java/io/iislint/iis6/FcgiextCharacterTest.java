package io.iislint.iis6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.source.InputError;
import io.iislint.source.Location;
import org.junit.jupiter.api.Test;

/**
 * fcgiext.ini is plain text, so control characters are read as they are (and shown escaped in reports), but the
 * noncharacters U+FFFE and U+FFFF are not text at all: no editor writes them, they are what a damaged file or
 * a wrongly decoded one holds, and XML reports cannot carry them. They are refused where they stand.
 */
class FcgiextCharacterTest {

    @Test
    void nonCharactersAreRefusedAtTheirLineAndColumn() {
        String why = "U+%s is not a character but a Unicode noncharacter: the file is damaged, or not text";
        assertRefused(
                "[Types]\nphp=PHP\n\n[PHP]\nExePath=C:\\php.exe\nStderrMode=X\uFFFE\n",
                6,
                13,
                String.format(why, "FFFE"));
        assertRefused("[Types]\r\nphp=PHP\r\n[PHP\uFFFF]\r\n", 3, 5, String.format(why, "FFFF"));
        assertRefused("[Types]\rphp=PHP\r; a comment \uFFFF\r", 3, 13, String.format(why, "FFFF"));
    }

    @Test
    void controlCharactersAreReadAsTheyAre() throws InputError {
        var config =
                new FcgiextReader().read("f.ini", "[Types]\nphp=PHP\u001b\n\n[PHP\u001b]\nExePath=C:\\php\u0007.exe\n");
        assertThat(config.fastCgiApplications())
                .singleElement()
                .satisfies(a -> assertThat(a.fullPath()).isEqualTo("C:\\php\u0007.exe"));
    }

    private static void assertRefused(String text, int line, int column, String reason) {
        assertThatThrownBy(() -> new FcgiextReader().read("f.ini", text))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location()).isEqualTo(new Location("f.ini", line, column));
                    assertThat(ie.reason()).isEqualTo(reason);
                });
    }
}
