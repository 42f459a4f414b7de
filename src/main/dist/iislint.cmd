@echo off
rem iislint launcher: runs iislint.jar beside it with the JVM settings measured fastest for a command-line
rem run (README.md, "Performance"): C1 compiler only, serial garbage collector (unless JAVA_OPTS chooses one),
rem a 32 MB young generation (unless JAVA_OPTS sets -Xmx), and the class archive the build wrote (iislint.jsa)
rem when it is there. The JVM's own messages go to standard error, and an archive it cannot use is skipped
rem silently. The java it runs: JAVA if set, else a runtime bundled beside it (runtime\bin\java.exe), else
rem JAVA_HOME's bin\java.exe, else java on the PATH. JAVA_OPTS adds JVM options (they win over these).
rem
rem Values are read with delayed expansion (!NAME!), whose result cmd.exe does not parse again: ampersands,
rem pipes, angle brackets, parentheses, carets and spaces in JAVA_OPTS, JAVA_HOME and this folder's path reach
rem java as they are. The folder and the arguments are taken first, before delayed expansion is on, as it would
rem eat an exclamation mark in them; an argument with such characters must be quoted where it is typed.
rem This file keeps CRLF line endings (.gitattributes): cmd.exe misreads labels and long lines without them.
setlocal DisableDelayedExpansion
set "IISLINT_HOME=%~dp0"
set IISLINT_ARGS=%*
setlocal EnableDelayedExpansion
set "IISLINT_JAVA=java"
if defined JAVA_HOME set "IISLINT_JAVA=!JAVA_HOME:"=!\bin\java.exe"
if exist "!IISLINT_HOME!runtime\bin\java.exe" set "IISLINT_JAVA=!IISLINT_HOME!runtime\bin\java.exe"
if defined JAVA set "IISLINT_JAVA=!JAVA:"=!"
set "IISLINT_ARCHIVE="
if exist "!IISLINT_HOME!iislint.jsa" set IISLINT_ARCHIVE="-XX:SharedArchiveFile=!IISLINT_HOME!iislint.jsa"
set "IISLINT_GC=-XX:+UseSerialGC"
set "IISLINT_YOUNG=-Xmn32m"
rem A collector of your own replaces the serial one (two would stop the JVM); a heap limit of your own replaces
rem the young generation's size.
if defined JAVA_OPTS (
    for %%G in (-XX:+UseSerialGC -XX:+UseParallelGC -XX:+UseG1GC -XX:+UseZGC -XX:+UseShenandoahGC -XX:+UseEpsilonGC) do (
        if not "!JAVA_OPTS:%%G=!"=="!JAVA_OPTS!" set "IISLINT_GC="
    )
    if not "!JAVA_OPTS:-Xmx=!"=="!JAVA_OPTS!" set "IISLINT_YOUNG="
)
"!IISLINT_JAVA!" -XX:TieredStopAtLevel=1 !IISLINT_GC! !IISLINT_YOUNG! -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr !IISLINT_ARCHIVE! !JAVA_OPTS! -jar "!IISLINT_HOME!iislint.jar" !IISLINT_ARGS!
exit /b !ERRORLEVEL!
