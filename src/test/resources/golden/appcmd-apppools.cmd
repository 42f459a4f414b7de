@echo off
rem iislint 0.1.0 fix script (cmd.exe): 8 steps, 1 finding to fix by hand (listed at the end).
rem   from src/test/resources/exports/apppools.xml
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

rem ==== src/test/resources/exports/apppools.xml: application pool 'Reports' ====

rem [1/8] IIS-101 pool-identity-localsystem, src/test/resources/exports/apppools.xml:31:27, application pool 'Reports'
rem     processModel.identityType: LocalSystem -> ApplicationPoolIdentity
echo [1/8] IIS-101
"%APPCMD%" set apppool /apppool.name:"Reports" /processModel.identityType:ApplicationPoolIdentity || exit /b 1

rem [2/8] IIS-605 idle-timeout, src/test/resources/exports/apppools.xml:31:54, application pool 'Reports'
rem     processModel.idleTimeout: 00:00:00 -> 00:20:00
echo [2/8] IIS-605
"%APPCMD%" set apppool /apppool.name:"Reports" /processModel.idleTimeout:00:20:00 || exit /b 1

rem [3/8] IIS-504 pool-recycle-not-logged, src/test/resources/exports/apppools.xml:32:24, application pool 'Reports'
rem     recycling.logEventOnRecycle: Time, Memory -> Time, Schedule, Memory
echo [3/8] IIS-504
"%APPCMD%" set apppool /apppool.name:"Reports" /recycling.logEventOnRecycle:"Time, Schedule, Memory" || exit /b 1

rem ==== src/test/resources/exports/apppools.xml: application pool 'Shop' ====

rem [4/8] IIS-701 classic-pipeline, src/test/resources/exports/apppools.xml:16:34, application pool 'Shop'
rem     managedPipelineMode: Classic -> Integrated
echo [4/8] IIS-701
"%APPCMD%" set apppool /apppool.name:"Shop" /managedPipelineMode:Integrated || exit /b 1

rem [5/8] IIS-702 legacy-clr, src/test/resources/exports/apppools.xml:17:26, application pool 'Shop'
rem     managedRuntimeVersion: v2.0 -> v4.0
echo [5/8] IIS-702
"%APPCMD%" set apppool /apppool.name:"Shop" /managedRuntimeVersion:v4.0 || exit /b 1

rem [6/8] IIS-604 queue-length-low, src/test/resources/exports/apppools.xml:17:55, application pool 'Shop'
rem     queueLength: 50 -> 1000
echo [6/8] IIS-604
"%APPCMD%" set apppool /apppool.name:"Shop" /queueLength:1000 || exit /b 1

rem [7/8] IIS-601 rapid-fail-protection-off, src/test/resources/exports/apppools.xml:25:22, application pool 'Shop'
rem     failure.rapidFailProtection: false -> true
echo [7/8] IIS-601
"%APPCMD%" set apppool /apppool.name:"Shop" /failure.rapidFailProtection:true || exit /b 1

rem [8/8] IIS-703 cpu-limit-kills-worker, src/test/resources/exports/apppools.xml:26:32, application pool 'Shop'
rem     cpu.action: KillW3wp -> Throttle
echo [8/8] IIS-703
"%APPCMD%" set apppool /apppool.name:"Shop" /cpu.action:Throttle || exit /b 1

rem ==== To fix by hand: 1 finding ====

rem IIS-103 pool-password-cleartext, src/test/resources/exports/apppools.xml:18:83, application pool 'Shop'
rem     the password of account 'CONTOSO\svc-shop' is stored in clear text in this file (appcmd exports passwords decrypted, even where applicationHost.config encrypts them: treat this file as a secret) (password=(clear text, 11 characters), set at line 18)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: appcmd set apppool /apppool.name:"Shop" /processModel.userName:"CONTOSO\svc-shop" /processModel.password:"NEW_PASSWORD"

echo iislint: all 8 steps done.
exit /b 0
