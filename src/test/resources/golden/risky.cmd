@echo off
rem iislint 0.1.0 fix script (cmd.exe): 51 steps, 10 findings to fix by hand (listed at the end).
rem   from samples/risky/applicationHost.config
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

rem ==== samples/risky/applicationHost.config: server level ====

rem [1/51] IIS-401 asp-parent-paths, samples/risky/applicationHost.config:88:14, config path 'MACHINE/WEBROOT/APPHOST'
rem     enableParentPaths: true -> false
echo [1/51] IIS-401
"%APPCMD%" set config /section:system.webServer/asp /enableParentPaths:false || exit /b 1

rem [2/51] IIS-402 asp-script-errors-to-browser, samples/risky/applicationHost.config:88:39, config path 'MACHINE/WEBROOT/APPHOST'
rem     scriptErrorSentToBrowser: true -> false
echo [2/51] IIS-402
"%APPCMD%" set config /section:system.webServer/asp /scriptErrorSentToBrowser:false || exit /b 1

rem [3/51] IIS-804 directory-browsing, samples/risky/applicationHost.config:90:26, config path 'MACHINE/WEBROOT/APPHOST'
rem     enabled: true -> false
echo [3/51] IIS-804
"%APPCMD%" set config /section:system.webServer/directoryBrowse /enabled:false || exit /b 1

rem [4/51] IIS-304 fastcgi-no-terminate-signal, samples/risky/applicationHost.config:93:13, fastCgi application 'C:\PHP\8.2\php-cgi.exe'
rem     signalBeforeTerminateSeconds: 0 -> 5
echo [4/51] IIS-304
"%APPCMD%" set config /section:system.webServer/fastCgi "/[fullPath='C:\PHP\8.2\php-cgi.exe',arguments=''].signalBeforeTerminateSeconds:5" /commit:apphost || exit /b 1

rem [5/51] IIS-306 fastcgi-stderr-to-client, samples/risky/applicationHost.config:93:13, fastCgi application 'C:\PHP\8.2\php-cgi.exe'
rem     stderrMode: ReturnStdErrIn500 -> ReturnGeneric500
echo [5/51] IIS-306
"%APPCMD%" set config /section:system.webServer/fastCgi "/[fullPath='C:\PHP\8.2\php-cgi.exe',arguments=''].stderrMode:ReturnGeneric500" /commit:apphost || exit /b 1

rem [6/51] IIS-305 fastcgi-max-requests-above-php, samples/risky/applicationHost.config:93:60, fastCgi application 'C:\PHP\8.2\php-cgi.exe'
rem     instanceMaxRequests: 10000 -> 1000
echo [6/51] IIS-305
"%APPCMD%" set config /section:system.webServer/fastCgi "/[fullPath='C:\PHP\8.2\php-cgi.exe',arguments=''].instanceMaxRequests:1000" /commit:apphost || exit /b 1

rem [7/51] IIS-803 handler-write-and-execute, samples/risky/applicationHost.config:102:19, config path 'MACHINE/WEBROOT/APPHOST'
rem     accessPolicy: Read, Write, Script -> Read,Script
echo [7/51] IIS-803
"%APPCMD%" set config /section:system.webServer/handlers /accessPolicy:"Read, Script" || exit /b 1

rem [8/51] IIS-301 fastcgi-response-buffered, samples/risky/applicationHost.config:103:13, handler 'PHP82'
rem     responseBufferLimit: 4194304 -> 0
echo [8/51] IIS-301
"%APPCMD%" set config /section:system.webServer/handlers "/[name='PHP82'].responseBufferLimit:0" || exit /b 1

rem [9/51] IIS-302 fastcgi-handler-without-application, samples/risky/applicationHost.config:104:13, handler 'Python'
rem     the command adds what the finding names
echo [9/51] IIS-302
"%APPCMD%" set config /section:system.webServer/fastCgi /+"[fullPath='C:\Python311\python.exe',arguments='C:\Python311\Lib\site-packages\wfastcgi.py']" /commit:apphost || exit /b 1

rem [10/51] IIS-205 handler-bitness-mismatch, samples/risky/applicationHost.config:105:13, handler 'ReportRenderer-64'
rem     enable32BitAppOnWin64: (not set) -> false
echo [10/51] IIS-205
"%APPCMD%" set apppool /apppool.name:"Reports" /enable32BitAppOnWin64:false || exit /b 1

rem [11/51] IIS-801 unlisted-isapi-allowed, samples/risky/applicationHost.config:111:34, config path 'MACHINE/WEBROOT/APPHOST'
rem     notListedIsapisAllowed: true -> false
echo [11/51] IIS-801
"%APPCMD%" set config /section:system.webServer/security/isapiCgiRestriction /notListedIsapisAllowed:false || exit /b 1

rem [12/51] IIS-802 unlisted-cgi-allowed, samples/risky/applicationHost.config:111:64, config path 'MACHINE/WEBROOT/APPHOST'
rem     notListedCgisAllowed: true -> false
echo [12/51] IIS-802
"%APPCMD%" set config /section:system.webServer/security/isapiCgiRestriction /notListedCgisAllowed:false || exit /b 1

rem [13/51] IIS-105 anonymous-user-fixed, samples/risky/applicationHost.config:115:57, config path 'MACHINE/WEBROOT/APPHOST'
rem     userName: IUSR -> (empty)
echo [13/51] IIS-105
"%APPCMD%" set config /section:system.webServer/security/authentication/anonymousAuthentication /userName:"" || exit /b 1

rem [14/51] IIS-805 mime-wildcard, samples/risky/applicationHost.config:121:13, mimeMap '.*'
rem     the command removes what the finding names
echo [14/51] IIS-805
"%APPCMD%" set config /section:system.webServer/staticContent /-"[fileExtension='.*']" || exit /b 1

rem [15/51] IIS-303 fastcgi-application-without-handler, samples/risky/applicationHost.config:99:13, fastCgi application 'C:\PHP\7.4\php-cgi.exe'
rem     the command removes what the finding names
echo [15/51] IIS-303
"%APPCMD%" set config /section:system.webServer/fastCgi /-"[fullPath='C:\PHP\7.4\php-cgi.exe',arguments='']" /commit:apphost || exit /b 1

rem ==== samples/risky/applicationHost.config: site 'Intranet' ====

rem [16/51] IIS-904 binding-conflict, samples/risky/applicationHost.config:55:46, site 'Intranet'
rem     the command removes what the finding names
echo [16/51] IIS-904
"%APPCMD%" set site /site.name:"Intranet" /-bindings.[protocol='http',bindingInformation='*:80:shop.contoso.com'] || exit /b 1

rem [17/51] IIS-201 pool-shared-by-sites, samples/risky/applicationHost.config:80:34, site 'Intranet'
rem     now DefaultAppPool; the command adds what the finding names
echo [17/51] IIS-201
"%APPCMD%" add apppool /name:"Intranet" || exit /b 1
"%APPCMD%" set app "Intranet/" /applicationPool:"Intranet" || exit /b 1

rem [18/51] IIS-403 asp-limits-raised, samples/risky/applicationHost.config:139:51, config path 'MACHINE/WEBROOT/APPHOST/Intranet'
rem     maxRequestEntityAllowed: 1073741824 -> 200000
echo [18/51] IIS-403
"%APPCMD%" set config "Intranet" /section:system.webServer/asp /limits.maxRequestEntityAllowed:200000 /commit:apphost || exit /b 1

rem ==== samples/risky/applicationHost.config: site 'Legacy' ====

rem [19/51] IIS-201 pool-shared-by-sites, samples/risky/applicationHost.config:59:39, site 'Legacy'
rem     now DefaultAppPool; the command adds what the finding names
echo [19/51] IIS-201
"%APPCMD%" add apppool /name:"Legacy" || exit /b 1
"%APPCMD%" set app "Legacy/" /applicationPool:"Legacy" || exit /b 1

rem [20/51] IIS-203 application-pool-missing, samples/risky/applicationHost.config:62:42, application 'Legacy/api'
rem     now Api; the command adds what the finding names
echo [20/51] IIS-203
"%APPCMD%" add apppool /name:"Api" || exit /b 1

rem [21/51] IIS-903 binding-malformed, samples/risky/applicationHost.config:66:46, site 'Legacy'
rem     the command removes what the finding names
echo [21/51] IIS-903
"%APPCMD%" set site /site.name:"Legacy" /-bindings.[protocol='http',bindingInformation='*:8o80:'] || exit /b 1

rem ==== samples/risky/applicationHost.config: site 'Shop' ====

rem [22/51] IIS-1309 site-ssl-not-required, samples/risky/applicationHost.config:38:13, site 'Shop'
rem     sslFlags: (not set) -> Ssl
echo [22/51] IIS-1309
"%APPCMD%" set config "Shop" -section:system.webServer/security/access /sslFlags:Ssl /commit:apphost || exit /b 1

rem [23/51] IIS-105 anonymous-user-fixed, samples/risky/applicationHost.config:130:46, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     userName: CONTOSO\web-anon -> (empty)
echo [23/51] IIS-105
"%APPCMD%" set config "Shop" /section:system.webServer/security/authentication/anonymousAuthentication /userName:"" /commit:apphost || exit /b 1

rem [24/51] IIS-106 anonymous-password-cleartext, samples/risky/applicationHost.config:130:74, config path 'MACHINE/WEBROOT/APPHOST/Shop'
rem     userName: (clear text, 8 characters) -> (empty)
echo [24/51] IIS-106
"%APPCMD%" set config "Shop" /section:system.webServer/security/authentication/anonymousAuthentication /userName:"" /password:"" /commit:apphost || exit /b 1

rem ==== samples/risky/applicationHost.config: application pool 'Billing' ====

rem IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:28:13, application pool 'Billing'
rem     no step: a later step of this group removes the application pool (IIS-202)

rem IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:28:13, application pool 'Billing'
rem     no step: a later step of this group removes the application pool (IIS-202)

rem IIS-104 pool-account-shared, samples/risky/applicationHost.config:29:59, application pool 'Billing'
rem     no step: a later step of this group removes the application pool (IIS-202)

rem [25/51] IIS-202 pool-unused, samples/risky/applicationHost.config:28:13, application pool 'Billing'
rem     the command removes what the finding names
echo [25/51] IIS-202
"%APPCMD%" delete apppool /apppool.name:"Billing" || exit /b 1

rem ==== samples/risky/applicationHost.config: application pool 'DefaultAppPool' ====

rem [26/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:12:13, application pool 'DefaultAppPool'
rem     recycling.periodicRestart.requests: 0 -> 35000
echo [26/51] IIS-502
"%APPCMD%" set apppool /apppool.name:"DefaultAppPool" /recycling.periodicRestart.requests:35000 || exit /b 1

rem [27/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:12:13, application pool 'DefaultAppPool'
rem     recycling.periodicRestart.privateMemory: 0 -> 1048576
echo [27/51] IIS-503
"%APPCMD%" set apppool /apppool.name:"DefaultAppPool" /recycling.periodicRestart.privateMemory:1048576 || exit /b 1

rem ==== samples/risky/applicationHost.config: application pool 'Partners' ====

rem [28/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:25:13, application pool 'Partners'
rem     recycling.periodicRestart.requests: 0 -> 35000
echo [28/51] IIS-502
"%APPCMD%" set apppool /apppool.name:"Partners" /recycling.periodicRestart.requests:35000 || exit /b 1

rem [29/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:25:13, application pool 'Partners'
rem     recycling.periodicRestart.privateMemory: 0 -> 1048576
echo [29/51] IIS-503
"%APPCMD%" set apppool /apppool.name:"Partners" /recycling.periodicRestart.privateMemory:1048576 || exit /b 1

rem [30/51] IIS-704 config-override-disabled, samples/risky/applicationHost.config:25:63, application pool 'Partners'
rem     enableConfigurationOverride: false -> true
echo [30/51] IIS-704
"%APPCMD%" set apppool /apppool.name:"Partners" /enableConfigurationOverride:true || exit /b 1

rem [31/51] IIS-104 pool-account-shared, samples/risky/applicationHost.config:26:59, application pool 'Partners'
rem     processModel.identityType: CONTOSO\svc-web -> ApplicationPoolIdentity
echo [31/51] IIS-104
"%APPCMD%" set apppool /apppool.name:"Partners" /processModel.identityType:ApplicationPoolIdentity || exit /b 1

rem ==== samples/risky/applicationHost.config: application pool 'Reports' ====

rem [32/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:20:13, application pool 'Reports'
rem     recycling.periodicRestart.requests: 0 -> 35000
echo [32/51] IIS-502
"%APPCMD%" set apppool /apppool.name:"Reports" /recycling.periodicRestart.requests:35000 || exit /b 1

rem [33/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:20:13, application pool 'Reports'
rem     recycling.periodicRestart.privateMemory: 0 -> 1048576
echo [33/51] IIS-503
"%APPCMD%" set apppool /apppool.name:"Reports" /recycling.periodicRestart.privateMemory:1048576 || exit /b 1

rem [34/51] IIS-702 legacy-clr, samples/risky/applicationHost.config:20:33, application pool 'Reports'
rem     managedRuntimeVersion: v2.0 -> v4.0
echo [34/51] IIS-702
"%APPCMD%" set apppool /apppool.name:"Reports" /managedRuntimeVersion:v4.0 || exit /b 1

rem [35/51] IIS-701 classic-pipeline, samples/risky/applicationHost.config:20:62, application pool 'Reports'
rem     managedPipelineMode: Classic -> Integrated
echo [35/51] IIS-701
"%APPCMD%" set apppool /apppool.name:"Reports" /managedPipelineMode:Integrated || exit /b 1

rem IIS-204 pool-32bit, samples/risky/applicationHost.config:20:92, application pool 'Reports'
rem     no step: the same command as step 10

rem [36/51] IIS-603 queue-length-high, samples/risky/applicationHost.config:20:121, application pool 'Reports'
rem     queueLength: 5000 -> 1000
echo [36/51] IIS-603
"%APPCMD%" set apppool /apppool.name:"Reports" /queueLength:1000 || exit /b 1

rem [37/51] IIS-102 pool-identity-builtin-shared, samples/risky/applicationHost.config:21:31, application pool 'Reports'
rem     processModel.identityType: NetworkService -> ApplicationPoolIdentity
echo [37/51] IIS-102
"%APPCMD%" set apppool /apppool.name:"Reports" /processModel.identityType:ApplicationPoolIdentity || exit /b 1

rem [38/51] IIS-505 pool-web-garden, samples/risky/applicationHost.config:21:61, application pool 'Reports'
rem     processModel.maxProcesses: 4 -> 1
echo [38/51] IIS-505
"%APPCMD%" set apppool /apppool.name:"Reports" /processModel.maxProcesses:1 || exit /b 1

rem [39/51] IIS-605 idle-timeout, samples/risky/applicationHost.config:21:78, application pool 'Reports'
rem     processModel.idleTimeout: 02:00:00 -> 00:20:00
echo [39/51] IIS-605
"%APPCMD%" set apppool /apppool.name:"Reports" /processModel.idleTimeout:00:20:00 || exit /b 1

rem [40/51] IIS-602 rapid-fail-interval-long, samples/risky/applicationHost.config:22:26, application pool 'Reports'
rem     failure.rapidFailProtectionInterval: 00:30:00 -> 00:05:00
echo [40/51] IIS-602
"%APPCMD%" set apppool /apppool.name:"Reports" /failure.rapidFailProtectionInterval:00:05:00 || exit /b 1

rem [41/51] IIS-703 cpu-limit-kills-worker, samples/risky/applicationHost.config:23:36, application pool 'Reports'
rem     cpu.action: KillW3wp -> Throttle
echo [41/51] IIS-703
"%APPCMD%" set apppool /apppool.name:"Reports" /cpu.action:Throttle || exit /b 1

rem ==== samples/risky/applicationHost.config: application pool 'Shop' ====

rem [42/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:13:13, application pool 'Shop'
rem     recycling.periodicRestart.requests: 0 -> 35000
echo [42/51] IIS-502
"%APPCMD%" set apppool /apppool.name:"Shop" /recycling.periodicRestart.requests:35000 || exit /b 1

rem [43/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:13:13, application pool 'Shop'
rem     recycling.periodicRestart.privateMemory: 0 -> 1048576
echo [43/51] IIS-503
"%APPCMD%" set apppool /apppool.name:"Shop" /recycling.periodicRestart.privateMemory:1048576 || exit /b 1

rem [44/51] IIS-604 queue-length-low, samples/risky/applicationHost.config:13:59, application pool 'Shop'
rem     queueLength: 50 -> 1000
echo [44/51] IIS-604
"%APPCMD%" set apppool /apppool.name:"Shop" /queueLength:1000 || exit /b 1

rem [45/51] IIS-101 pool-identity-localsystem, samples/risky/applicationHost.config:14:31, application pool 'Shop'
rem     processModel.identityType: LocalSystem -> ApplicationPoolIdentity
echo [45/51] IIS-101
"%APPCMD%" set apppool /apppool.name:"Shop" /processModel.identityType:ApplicationPoolIdentity || exit /b 1

rem [46/51] IIS-605 idle-timeout, samples/risky/applicationHost.config:14:58, application pool 'Shop'
rem     processModel.idleTimeout: 00:00:00 -> 00:20:00
echo [46/51] IIS-605
"%APPCMD%" set apppool /apppool.name:"Shop" /processModel.idleTimeout:00:20:00 || exit /b 1

rem [47/51] IIS-606 pinging-off, samples/risky/applicationHost.config:14:81, application pool 'Shop'
rem     processModel.pingingEnabled: false -> true
echo [47/51] IIS-606
"%APPCMD%" set apppool /apppool.name:"Shop" /processModel.pingingEnabled:true || exit /b 1

rem [48/51] IIS-504 pool-recycle-not-logged, samples/risky/applicationHost.config:15:28, application pool 'Shop'
rem     recycling.logEventOnRecycle: Memory -> Time, Schedule, Memory
echo [48/51] IIS-504
"%APPCMD%" set apppool /apppool.name:"Shop" /recycling.logEventOnRecycle:"Time, Schedule, Memory" || exit /b 1

rem [49/51] IIS-501 pool-never-recycles, samples/risky/applicationHost.config:16:38, application pool 'Shop'
rem     now 00:00:00; the command adds what the finding names
echo [49/51] IIS-501
"%APPCMD%" set apppool /apppool.name:"Shop" /+recycling.periodicRestart.schedule.[value='03:00:00'] || exit /b 1

rem [50/51] IIS-601 rapid-fail-protection-off, samples/risky/applicationHost.config:18:26, application pool 'Shop'
rem     failure.rapidFailProtection: false -> true
echo [50/51] IIS-601
"%APPCMD%" set apppool /apppool.name:"Shop" /failure.rapidFailProtection:true || exit /b 1

rem ==== samples/risky/applicationHost.config: application pool 'Staging' ====

rem IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:31:13, application pool 'Staging'
rem     no step: a later step of this group removes the application pool (IIS-202)

rem IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:31:13, application pool 'Staging'
rem     no step: a later step of this group removes the application pool (IIS-202)

rem [51/51] IIS-202 pool-unused, samples/risky/applicationHost.config:31:13, application pool 'Staging'
rem     the command removes what the finding names
echo [51/51] IIS-202
"%APPCMD%" delete apppool /apppool.name:"Staging" || exit /b 1

rem ==== To fix by hand: 10 findings ====

rem IIS-103 pool-password-cleartext, samples/risky/applicationHost.config:26:86, application pool 'Partners'
rem     the password of account 'CONTOSO\svc-web' is stored in clear text in this file (password=(clear text, 11 characters), set at line 26)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: appcmd set apppool /apppool.name:"Partners" /processModel.userName:"CONTOSO\svc-web" /processModel.password:"NEW_PASSWORD"

rem IIS-001 invalid-config-value, samples/risky/applicationHost.config:31:62, application pool 'Staging'
rem     'Sometimes' is not valid: expected one of OnDemand, AlwaysRunning
rem     not in the script: no command fixes it: 'iislint explain IIS-001' says what to do

rem IIS-1308 site-without-https, samples/risky/applicationHost.config:50:13, site 'Intranet'
rem     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
rem     not in the script: the command needs HOST_NAME, which only you can fill in
rem     the fix: appcmd set site /site.name:"Intranet" /+bindings.[protocol='https',bindingInformation='*:443:HOST_NAME']

rem IIS-902 site-no-valid-binding, samples/risky/applicationHost.config:58:13, site 'Legacy'
rem     has no valid binding: the site cannot start
rem     not in the script: the command needs HOST_NAME, which only you can fill in
rem     the fix: appcmd set site /site.name:"Legacy" /+bindings.[protocol='http',bindingInformation='*:80:HOST_NAME']

rem IIS-1308 site-without-https, samples/risky/applicationHost.config:69:13, site 'Archive'
rem     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
rem     not in the script: the command needs HOST_NAME, which only you can fill in
rem     the fix: appcmd set site /site.name:"Archive" /+bindings.[protocol='https',bindingInformation='*:443:HOST_NAME']

rem IIS-901 site-no-root-application, samples/risky/applicationHost.config:69:13, site 'Archive'
rem     has no root application (path="/"): IIS ignores the site and it never starts
rem     not in the script: the command needs PHYSICAL_PATH, which only you can fill in
rem     the fix: appcmd add app /site.name:"Archive" /path:/ /physicalPath:"PHYSICAL_PATH"

rem IIS-107 vdir-password-cleartext, samples/risky/applicationHost.config:71:21, virtual directory 'Archive/docs'
rem     the password of account 'CONTOSO\archive-reader' for the content at \\files01\archive\docs is stored in clear text in this file (password=(clear text, 12 characters), set at line 71)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: appcmd set vdir "Archive/docs" /userName:"CONTOSO\archive-reader" /password:"NEW_PASSWORD"

rem IIS-1306 logs-on-system-drive, samples/risky/applicationHost.config:78:42, site defaults 'siteDefaults'
rem     the logs are on the system drive (%%SystemDrive%%\inetpub\logs\LogFiles): logs that fill it can stop Windows; keep them on a drive of their own; 4 sites get it: 'Shop', 'Intranet', 'Legacy', 'Archive' (directory=%%SystemDrive%%\inetpub\logs\LogFiles, inherited from siteDefaults at line 78)
rem     not in the script: the command needs NEW_LOG_FOLDER, which only you can fill in
rem     the fix: appcmd set config -section:system.applicationHost/sites "/siteDefaults.logFile.directory:D:\NEW_LOG_FOLDER" /commit:apphost

rem IIS-002 invalid-suppression, samples/risky/applicationHost.config:140:13, suppression 'iislint-disable-next-line IIS-804'
rem     gives no reason: say why the finding is accepted, after the rule
rem     not in the script: no command fixes it: 'iislint explain IIS-002' says what to do

rem IIS-003 unused-suppression, samples/risky/applicationHost.config:142:13, suppression 'iislint-disable-next-line IIS-402 nothing to hide on the intranet'
rem     suppresses nothing: no finding of IIS-402 on the next element; remove it
rem     not in the script: no command fixes it: 'iislint explain IIS-003' says what to do

echo iislint: all 51 steps done.
exit /b 0
