@echo off
rem iislint 0.1.0 fix script (cmd.exe): 8 steps, 0 findings to fix by hand (listed at the end).
rem   from src/test/resources/exports/config-site.xml
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

rem ==== src/test/resources/exports/config-site.xml: site 'Shop' ====

rem [1/8] IIS-804 directory-browsing, src/test/resources/exports/config-site.xml:4:43, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     enabled: true -> false
echo [1/8] IIS-804
"%APPCMD%" set config "Shop" /section:system.webServer/directoryBrowse /enabled:false /commit:apphost || exit /b 1

rem [2/8] IIS-1201 http-errors-detailed, src/test/resources/exports/config-site.xml:15:38, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     errorMode: Detailed -> DetailedLocalOnly
echo [2/8] IIS-1201
"%APPCMD%" set config "Shop" /section:system.webServer/httpErrors /errorMode:DetailedLocalOnly /commit:apphost || exit /b 1

rem [3/8] IIS-105 anonymous-user-fixed, src/test/resources/exports/config-site.xml:20:90, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     userName: CONTOSO\web-anon -> (empty)
echo [3/8] IIS-105
"%APPCMD%" set config "Shop" /section:system.webServer/security/authentication/anonymousAuthentication /userName:"" /commit:apphost || exit /b 1

rem [4/8] IIS-106 anonymous-password-cleartext, src/test/resources/exports/config-site.xml:20:118, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     userName: (clear text, 11 characters) -> (empty)
echo [4/8] IIS-106
"%APPCMD%" set config "Shop" /section:system.webServer/security/authentication/anonymousAuthentication /userName:"" /password:"" /commit:apphost || exit /b 1

rem [5/8] IIS-1204 double-escaping-allowed, src/test/resources/exports/config-site.xml:23:53, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     allowDoubleEscaping: true -> false
echo [5/8] IIS-1204
"%APPCMD%" set config "Shop" /section:system.webServer/security/requestFiltering /allowDoubleEscaping:false /commit:apphost || exit /b 1

rem [6/8] IIS-1206 unlisted-extensions-allowed, src/test/resources/exports/config-site.xml:24:29, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     allowUnlisted: true -> false
echo [6/8] IIS-1206
"%APPCMD%" set config "Shop" /section:system.webServer/security/requestFiltering /fileExtensions.allowUnlisted:false /commit:apphost || exit /b 1

rem [7/8] IIS-1101 compilation-debug, src/test/resources/exports/config-site.xml:31:33, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     debug: true -> false
echo [7/8] IIS-1101
"%APPCMD%" set config "Shop" /section:system.web/compilation /debug:false /commit:apphost || exit /b 1

rem [8/8] IIS-1103 custom-errors-off, src/test/resources/exports/config-site.xml:34:34, config path 'MACHINE/WEBROOT/APPHOST/Shop/api'
rem     mode: Off -> RemoteOnly
echo [8/8] IIS-1103
"%APPCMD%" set config "Shop/api" /section:system.web/customErrors /mode:RemoteOnly /commit:apphost || exit /b 1

echo iislint: all 8 steps done.
exit /b 0
