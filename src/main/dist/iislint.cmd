@echo off
rem iislint launcher: runs iislint.jar beside it with the JVM settings measured fastest for a command-line
rem run (README.md, "Performance"): C1 compiler only, serial garbage collector (unless JAVA_OPTS chooses one),
rem a 32 MB young generation (unless JAVA_OPTS sets -Xmx), and the class archive the build wrote (iislint.jsa)
rem when it is there. The JVM's own messages go to standard error, and an archive it cannot use is skipped
rem silently. JAVA_OPTS adds JVM options.
setlocal
if "%JAVA%"=="" set JAVA=java
set IISLINT_ARCHIVE=
if exist "%~dp0iislint.jsa" set IISLINT_ARCHIVE="-XX:SharedArchiveFile=%~dp0iislint.jsa"
set IISLINT_GC=-XX:+UseSerialGC
echo.%JAVA_OPTS% | findstr /R /C:"-XX:+Use[a-zA-Z0-9]*GC\>" >nul && set IISLINT_GC=
set IISLINT_YOUNG=-Xmn32m
echo.%JAVA_OPTS% | findstr /C:"-Xmx" >nul && set IISLINT_YOUNG=
"%JAVA%" -XX:TieredStopAtLevel=1 %IISLINT_GC% %IISLINT_YOUNG% %IISLINT_ARCHIVE% -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr %JAVA_OPTS% -jar "%~dp0iislint.jar" %*
exit /b %ERRORLEVEL%
