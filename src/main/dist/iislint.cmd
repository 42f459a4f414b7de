@echo off
rem iislint launcher: runs iislint.jar beside it with the JVM settings that start fastest for a
rem command-line run (C1 compiler only, serial garbage collector); see README.md, "Performance".
setlocal
if "%JAVA%"=="" set JAVA=java
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -jar "%~dp0iislint.jar" %*
exit /b %ERRORLEVEL%
