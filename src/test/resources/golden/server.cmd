@echo off
rem iislint 0.1.0 fix script (cmd.exe): 6 steps, 5 findings to fix by hand (listed at the end).
rem   from samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config
rem   from samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config
rem   from samples/server/C/inetpub/intranet/reports/web.config
rem   from samples/server/C/inetpub/intranet/web.config
rem   from samples/server/C/inetpub/shop-api/web.config
rem   from samples/server/C/inetpub/shop/web.config
rem   from samples/server/applicationHost.config
rem   from samples/server/redirection.config
rem The findings are those the run's other formats report: selection, suppressions, exemptions and
rem baseline applied. Each step names its rule, the finding's file:line and the change it makes.
rem
rem Read it before running it, as an administrator, on the server the configuration comes from. It backs
rem up the configuration as iislint-before-fix, then runs the steps; the first error stops it.
rem Undo: appcmd restore backup iislint-before-fix (appcmd.exe is in system32\inetsrv of Windows' folder)
rem A backup of that name from an earlier run stops it: delete it first (appcmd delete backup iislint-before-fix).
rem It holds the steps for every input file: if they come from several servers, run on each only its own.
setlocal EnableExtensions DisableDelayedExpansion
set "APPCMD=%windir%\system32\inetsrv\appcmd.exe"
if not exist "%APPCMD%" (
    echo iislint: appcmd.exe is not on this computer: run the script on the IIS server.
    exit /b 1
)
"%APPCMD%" add backup "iislint-before-fix" || exit /b 1

rem ==== samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config: server level ====

rem [1/6] IIS-1122 deployment-retail-off, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config:18:5, config path 'MACHINE'
rem     retail: false -> true
echo [1/6] IIS-1122
"%APPCMD%" set config /section:system.web/deployment /retail:true /commit:MACHINE || exit /b 1

rem ==== samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config: server level ====

rem [2/6] IIS-1104 aspnet-version-header, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config:7:1, config path 'MACHINE/WEBROOT'
rem     enableVersionHeader: true -> false
echo [2/6] IIS-1104
"%APPCMD%" set config /section:system.web/httpRuntime /enableVersionHeader:false /commit:WEBROOT || exit /b 1

rem [3/6] IIS-1106 cookies-require-ssl-off, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config:7:1, config path 'MACHINE/WEBROOT'
rem     requireSSL: false -> true
echo [3/6] IIS-1106
"%APPCMD%" set config /section:system.web/httpCookies /requireSSL:true /commit:WEBROOT || exit /b 1

rem [4/6] IIS-1123 trust-level-full, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config:14:20, config path 'MACHINE/WEBROOT'
rem     level: Full -> Medium
echo [4/6] IIS-1123
"%APPCMD%" set config /section:system.web/trust /level:Medium /commit:WEBROOT || exit /b 1

rem ==== samples/server/C/inetpub/intranet/web.config: site 'Intranet' ====

rem [5/6] IIS-804 directory-browsing, samples/server/C/inetpub/intranet/web.config:6:30, config path 'Intranet/files'
rem     enabled: true -> false
echo [5/6] IIS-804
"%APPCMD%" set config "Intranet/files" /section:system.webServer/directoryBrowse /enabled:false || exit /b 1

rem ==== samples/server/C/inetpub/shop-api/web.config: the web.config's own settings ====

rem [6/6] IIS-005 section-locked, samples/server/C/inetpub/shop-api/web.config:8:17, config section 'system.webServer/security/authentication/windowsAuthentication'
rem     the command changes what the finding names
echo [6/6] IIS-005
"%APPCMD%" unlock config "Shop/api" -section:system.webServer/security/authentication/windowsAuthentication || exit /b 1

rem ==== To fix by hand: 5 findings ====

rem IIS-006 section-not-allowed-here, samples/server/C/inetpub/intranet/reports/web.config:6:9, config section 'system.webServer/modules'
rem     may be set only at an application's root, and 'Intranet/reports' is not one (allowDefinition="MachineToApplication" at samples/server/applicationHost.config:23): IIS refuses this web.config, and every request it applies to fails with HTTP 500.19; move it to the web.config of the application's root (or make this folder an application), or remove it here
rem     not in the script: no command fixes it: 'iislint explain IIS-006' says what to do

rem IIS-1306 logs-on-system-drive, samples/server/applicationHost.config:54:9, site defaults 'siteDefaults'
rem     the logs are on the system drive (%%SystemDrive%%\inetpub\logs\LogFiles): logs that fill it can stop Windows; keep them on a drive of their own; 2 sites get it: 'Shop', 'Intranet' (directory=%%SystemDrive%%\inetpub\logs\LogFiles, IIS default)
rem     not in the script: the command needs NEW_LOG_FOLDER, which only you can fill in
rem     the fix: appcmd set config -section:system.applicationHost/sites "/siteDefaults.logFile.directory:D:\NEW_LOG_FOLDER" /commit:apphost

rem IIS-1316 content-on-system-drive, samples/server/applicationHost.config:57:21, site 'Shop'
rem     the content of '/' is probably on the system drive (C:\inetpub\shop, taking C: for it): a path traversal flaw reaches Windows' own files, and a full drive stops the server
rem     not in the script: the command needs NEW_FOLDER, which only you can fill in
rem     the fix: appcmd set vdir /vdir.name:"Shop/" /physicalPath:"D:\Sites\NEW_FOLDER"

rem IIS-1316 content-on-system-drive, samples/server/applicationHost.config:60:21, site 'Shop'
rem     the content of '/api' is probably on the system drive (C:\inetpub\shop-api, taking C: for it): a path traversal flaw reaches Windows' own files, and a full drive stops the server
rem     not in the script: the command needs NEW_FOLDER, which only you can fill in
rem     the fix: appcmd set vdir /vdir.name:"Shop/api" /physicalPath:"D:\Sites\NEW_FOLDER"

rem IIS-1316 content-on-system-drive, samples/server/applicationHost.config:68:21, site 'Intranet'
rem     the content of '/' is on the system drive (%%SystemDrive%%\inetpub\intranet): a path traversal flaw reaches Windows' own files, and a full drive stops the server
rem     not in the script: the command needs NEW_FOLDER, which only you can fill in
rem     the fix: appcmd set vdir /vdir.name:"Intranet/" /physicalPath:"D:\Sites\NEW_FOLDER"

echo iislint: all 6 steps done.
exit /b 0
