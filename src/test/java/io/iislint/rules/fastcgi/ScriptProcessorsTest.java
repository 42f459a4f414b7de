package io.iislint.rules.fastcgi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How IIS-302 and IIS-303 decide that a handler's scriptProcessor and an application's key may name the same program
 * once IIS expands their environment variables: a variable may stand for any text (the empty text too), so only the
 * literal text before the first variable and after the last one can tell them apart. The fixtures show the rules'
 * findings; this table holds each way the comparison can go.
 */
class ScriptProcessorsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # the same text, in any letter case and quoted or not
            C:\\PHP\\php-cgi.exe;                      c:\\php\\php-cgi.exe;                  true
            "C:\\PHP\\php-cgi.exe";                    C:\\PHP\\php-cgi.exe;                  true
            # no variable on either side: the text decides ('%%' and a lone '%' name no variable)
            C:\\PHP\\php-cgi.exe;                      D:\\PHP\\php-cgi.exe;                  false
            C:\\PHP%%\\php-cgi.exe;                    C:\\PHP-8\\php-cgi.exe;                false
            C:\\PHP\\php-cgi.exe|-d x=50%;             C:\\PHP\\php-cgi.exe|-d x=40%;         false
            # a variable on one side: the other must start and end with its literal parts ...
            C:\\PHP\\php-cgi.exe;                      %SystemDrive%\\PHP\\php-cgi.exe;       true
            %SystemDrive%\\PHP\\php-cgi.exe;           C:\\PHP\\php-cgi.exe;                  true
            C:\\PHP\\php-cgi.exe;                      %SystemDrive%\\PHP7\\php-cgi.exe;      false
            %SystemDrive%\\PHP7\\php-cgi.exe;          C:\\PHP\\php-cgi.exe;                  false
            D:\\PHP\\php-cgi.exe;                      C:\\%V%\\php-cgi.exe;                  false
            C:\\PHP\\php-cgi.exe;                      C:\\%V%\\php-cgi.exe;                  true
            # ... and the variable may stand for nothing ...
            C:\\php-cgi.exe;                           C:\\%V%php-cgi.exe;                    true
            C:\\%V%php-cgi.exe;                        C:\\php-cgi.exe;                       true
            # ... but the two literal parts may not overlap
            C:\\php.exe;                               C:\\php%V%php.exe;                     false
            C:\\php%V%php.exe;                         C:\\php.exe;                           false
            # the literal parts are before the first variable and after the last one, whatever lies between
            %Drive%\\PHP\\%Version%\\php-cgi.exe;      C:\\PHP\\8\\php-cgi.exe;               true
            %Drive%\\PHP\\%Version%\\php-cgi.exe;      C:\\PHP\\8\\php.exe;                   false
            # a '%' after the last variable is literal text
            %SystemDrive%\\PHP\\php-cgi.exe|-d x=50%;  C:\\PHP\\php-cgi.exe|-d x=40%;         false
            %SystemDrive%\\PHP\\php-cgi.exe|-d x=50%;  C:\\PHP\\php-cgi.exe|-d x=50%;         true
            # variables on both sides: the literal parts must agree as far as both go
            %A%\\PHP\\php-cgi.exe;                     %B%\\PHP\\php-cgi.exe;                 true
            %A%\\php-cgi.exe;                          %B%\\PHP\\php-cgi.exe;                 true
            %A%\\PHP\\php-cgi.exe;                     %B%\\php-cgi.exe;                      true
            %A%\\PHP7\\php-cgi.exe;                    %B%\\PHP\\php-cgi.exe;                 false
            C:\\%A%;                                   C:\\PHP\\%B%;                          true
            C:\\PHP\\%A%;                              C:\\%B%;                               true
            C:\\%A%;                                   D:\\%B%;                               false
            C:\\%A%\\php-cgi.exe;                      D:\\%B%\\php-cgi.exe;                  false
            """)
    void mayMatch(String scriptProcessor, String applicationKey, boolean expected) {
        assertThat(ScriptProcessors.mayMatch(scriptProcessor, applicationKey)).isEqualTo(expected);
    }
}
