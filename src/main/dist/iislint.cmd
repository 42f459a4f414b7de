@echo off
rem iislint launcher: runs iislint.jar beside it with the JVM settings measured fastest for a command-line
rem run (README.md, "Performance"): C1 compiler only, serial garbage collector, a 32 MB young generation
rem (unless JAVA_OPTS sets -Xmx), and the class archive the build wrote (iislint.jsa) when it is there. The
rem JVM's own messages go to standard error, and an archive it cannot use is skipped silently. JAVA_OPTS adds
rem JVM options.
setlocal
if "%JAVA%"=="" set JAVA=java
set IISLINT_ARCHIVE=
if exist "%~dp0iislint.jsa" set IISLINT_ARCHIVE="-XX:SharedArchiveFile=%~dp0iislint.jsa"
set IISLINT_YOUNG=-Xmn32m
echo.%JAVA_OPTS% | findstr /C:"-Xmx" >nul && set IISLINT_YOUNG=
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %IISLINT_YOUNG% %IISLINT_ARCHIVE% -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr %JAVA_OPTS% -jar "%~dp0iislint.jar" %*
exit /b %ERRORLEVEL%
