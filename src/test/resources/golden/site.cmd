@echo off
rem iislint 0.1.0 fix script (cmd.exe): 3 steps, 0 findings to fix by hand (listed at the end).
rem   from samples/site/web.config
rem The findings are those the run's other formats report: selection, suppressions, exemptions and
rem baseline applied. Each step names its rule, the finding's file:line and the change it makes.
rem
rem Read it before running it, as an administrator, on the server the configuration comes from. It backs
rem up the configuration as iislint-before-fix, then runs the steps; the first error stops it.
rem Undo: appcmd restore backup iislint-before-fix (appcmd.exe is in system32\inetsrv of Windows' folder)
rem A backup of that name from an earlier run stops it: delete it first (appcmd delete backup iislint-before-fix).
setlocal EnableExtensions DisableDelayedExpansion
set "APPCMD=%windir%\system32\inetsrv\appcmd.exe"
if not exist "%APPCMD%" (
    echo iislint: appcmd.exe is not on this computer: run the script on the IIS server.
    exit /b 1
)
"%APPCMD%" add backup "iislint-before-fix" || exit /b 1

rem ==== samples/site/web.config: the web.config's own settings ====

rem [1/3] IIS-301 fastcgi-response-buffered, samples/site/web.config:17:13, handler 'PHP83'
rem     responseBufferLimit: 4194304 -> 0
echo [1/3] IIS-301
"%APPCMD%" set config "SITE/APP" /section:system.webServer/handlers "/[name='PHP83'].responseBufferLimit:0" || exit /b 1

rem [2/3] IIS-804 directory-browsing, samples/site/web.config:26:30, config path 'samples/site/web.config <location path="downloads">'
rem     enabled: true -> false
echo [2/3] IIS-804
"%APPCMD%" set config "SITE/APP/downloads" /section:system.webServer/directoryBrowse /enabled:false || exit /b 1

rem [3/3] IIS-805 mime-wildcard, samples/site/web.config:28:17, mimeMap '*'
rem     the command removes what the finding names
echo [3/3] IIS-805
"%APPCMD%" set config "SITE/APP/downloads" /section:system.webServer/staticContent /-"[fileExtension='*']" || exit /b 1

echo iislint: all 3 steps done.
exit /b 0
