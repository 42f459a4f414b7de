@echo off
rem iislint launcher: runs iislint.jar beside it with the JVM settings measured fastest for a command-line
rem run (README.md, "Performance"): C1 compiler only, serial garbage collector, a 32 MB young generation,
rem and the class archive the build wrote (iislint.jsa) when it is there. The JVM's own messages go to
rem standard error, and an archive it cannot use is skipped silently. JAVA_OPTS adds JVM options.
setlocal
if "%JAVA%"=="" set JAVA=java
set IISLINT_ARCHIVE=
if exist "%~dp0iislint.jsa" set IISLINT_ARCHIVE="-XX:SharedArchiveFile=%~dp0iislint.jsa"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m %IISLINT_ARCHIVE% -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr %JAVA_OPTS% -jar "%~dp0iislint.jar" %*
exit /b %ERRORLEVEL%
