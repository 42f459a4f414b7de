# iislint 0.1.0 fix script (PowerShell): 51 steps, 9 findings to fix by hand (listed at the end).
#   from samples/risky/applicationHost.config
# The findings are those the run's other formats report: selection, suppressions, exemptions and
# baseline applied. Each step names its rule, the finding's file:line and the change it makes.
#
# Read it before running it, as an administrator, on the server the configuration comes from:
#   .\iislint-fix.ps1 -WhatIf   prints what each step would do and changes nothing
#   .\iislint-fix.ps1           backs up the configuration, then runs the steps; the first error stops it
# Undo: Restore-WebConfiguration -Name iislint-yyyyMMdd-HHmmss (the backup name the script prints)
[CmdletBinding(SupportsShouldProcess = $true)]
param()
$ErrorActionPreference = 'Stop'
$backup = 'iislint-' + (Get-Date -Format 'yyyyMMdd-HHmmss')
Import-Module WebAdministration
if ($PSCmdlet.ShouldProcess('the IIS configuration', 'Backup-WebConfiguration -Name ' + $backup)) {
    Backup-WebConfiguration -Name $backup | Out-Null
    Write-Host ('Backed up the IIS configuration as ' + $backup + '. To undo the steps: Restore-WebConfiguration -Name ' + $backup)
}

# ==== samples/risky/applicationHost.config: server level ====

# [1/51] IIS-401 asp-parent-paths, samples/risky/applicationHost.config:88:14, config path 'MACHINE/WEBROOT/APPHOST'
#     enableParentPaths: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 1, IIS-401: enableParentPaths: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/asp' -Name enableParentPaths -Value $false
}

# [2/51] IIS-402 asp-script-errors-to-browser, samples/risky/applicationHost.config:88:39, config path 'MACHINE/WEBROOT/APPHOST'
#     scriptErrorSentToBrowser: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 2, IIS-402: scriptErrorSentToBrowser: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/asp' -Name scriptErrorSentToBrowser -Value $false
}

# [3/51] IIS-804 directory-browsing, samples/risky/applicationHost.config:90:26, config path 'MACHINE/WEBROOT/APPHOST'
#     enabled: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 3, IIS-804: enabled: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/directoryBrowse' -Name enabled -Value $false
}

# [4/51] IIS-304 fastcgi-no-terminate-signal, samples/risky/applicationHost.config:93:13, fastCgi application 'C:\PHP\8.2\php-cgi.exe'
#     signalBeforeTerminateSeconds: 0 -> 5
if ($PSCmdlet.ShouldProcess('fastCgi application ''C:\PHP\8.2\php-cgi.exe''', 'step 4, IIS-304: signalBeforeTerminateSeconds: 0 -> 5')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/fastCgi/application[@fullPath='C:\PHP\8.2\php-cgi.exe' and @arguments='']" -Name signalBeforeTerminateSeconds -Value 5
}

# [5/51] IIS-306 fastcgi-stderr-to-client, samples/risky/applicationHost.config:93:13, fastCgi application 'C:\PHP\8.2\php-cgi.exe'
#     stderrMode: ReturnStdErrIn500 -> ReturnGeneric500
if ($PSCmdlet.ShouldProcess('fastCgi application ''C:\PHP\8.2\php-cgi.exe''', 'step 5, IIS-306: stderrMode: ReturnStdErrIn500 -> ReturnGeneric500')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/fastCgi/application[@fullPath='C:\PHP\8.2\php-cgi.exe' and @arguments='']" -Name stderrMode -Value ReturnGeneric500
}

# [6/51] IIS-305 fastcgi-max-requests-above-php, samples/risky/applicationHost.config:93:60, fastCgi application 'C:\PHP\8.2\php-cgi.exe'
#     instanceMaxRequests: 10000 -> 1000
if ($PSCmdlet.ShouldProcess('fastCgi application ''C:\PHP\8.2\php-cgi.exe''', 'step 6, IIS-305: instanceMaxRequests: 10000 -> 1000')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/fastCgi/application[@fullPath='C:\PHP\8.2\php-cgi.exe' and @arguments='']" -Name instanceMaxRequests -Value 1000
}

# [7/51] IIS-803 handler-write-and-execute, samples/risky/applicationHost.config:102:19, config path 'MACHINE/WEBROOT/APPHOST'
#     accessPolicy: Read, Write, Script -> Read,Script
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 7, IIS-803: accessPolicy: Read, Write, Script -> Read,Script')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/handlers' -Name accessPolicy -Value 'Read,Script'
}

# [8/51] IIS-301 fastcgi-response-buffered, samples/risky/applicationHost.config:103:13, handler 'PHP82'
#     responseBufferLimit: 4194304 -> 0
if ($PSCmdlet.ShouldProcess('handler ''PHP82''', 'step 8, IIS-301: responseBufferLimit: 4194304 -> 0')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/handlers/add[@name='PHP82']" -Name responseBufferLimit -Value 0
}

# [9/51] IIS-302 fastcgi-handler-without-application, samples/risky/applicationHost.config:104:13, handler 'Python'
#     the command adds what the finding names
if ($PSCmdlet.ShouldProcess('handler ''Python''', 'step 9, IIS-302: the command adds what the finding names')) {
    Add-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/fastCgi' -Name '.' -Value @{fullPath='C:\Python311\python.exe';arguments='C:\Python311\Lib\site-packages\wfastcgi.py'}
}

# [10/51] IIS-205 handler-bitness-mismatch, samples/risky/applicationHost.config:105:13, handler 'ReportRenderer-64'
#     enable32BitAppOnWin64: (not set) -> false
if ($PSCmdlet.ShouldProcess('handler ''ReportRenderer-64''', 'step 10, IIS-205: enable32BitAppOnWin64: (not set) -> false')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name enable32BitAppOnWin64 -Value $false
}

# [11/51] IIS-801 unlisted-isapi-allowed, samples/risky/applicationHost.config:111:34, config path 'MACHINE/WEBROOT/APPHOST'
#     notListedIsapisAllowed: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 11, IIS-801: notListedIsapisAllowed: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/security/isapiCgiRestriction' -Name notListedIsapisAllowed -Value $false
}

# [12/51] IIS-802 unlisted-cgi-allowed, samples/risky/applicationHost.config:111:64, config path 'MACHINE/WEBROOT/APPHOST'
#     notListedCgisAllowed: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 12, IIS-802: notListedCgisAllowed: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/security/isapiCgiRestriction' -Name notListedCgisAllowed -Value $false
}

# [13/51] IIS-105 anonymous-user-fixed, samples/risky/applicationHost.config:115:57, config path 'MACHINE/WEBROOT/APPHOST'
#     userName: IUSR -> (empty)
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST''', 'step 13, IIS-105: userName: IUSR -> (empty)')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/security/authentication/anonymousAuthentication' -Name userName -Value ''
}

# [14/51] IIS-805 mime-wildcard, samples/risky/applicationHost.config:121:13, mimeMap '.*'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('mimeMap ''.*''', 'step 14, IIS-805: the command removes what the finding names')) {
    Remove-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/staticContent' -Name '.' -AtElement @{fileExtension='.*'}
}

# [15/51] IIS-303 fastcgi-application-without-handler, samples/risky/applicationHost.config:99:13, fastCgi application 'C:\PHP\7.4\php-cgi.exe'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('fastCgi application ''C:\PHP\7.4\php-cgi.exe''', 'step 15, IIS-303: the command removes what the finding names')) {
    Remove-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.webServer/fastCgi' -Name '.' -AtElement @{fullPath='C:\PHP\7.4\php-cgi.exe';arguments=''}
}

# ==== samples/risky/applicationHost.config: site 'Archive' ====

# [16/51] IIS-901 site-no-root-application, samples/risky/applicationHost.config:69:13, site 'Archive'
#     the command adds what the finding names
if ($PSCmdlet.ShouldProcess('site ''Archive''', 'step 16, IIS-901: the command adds what the finding names')) {
    Add-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Archive']" -Name '.' -Value @{path='/'}
}

# ==== samples/risky/applicationHost.config: site 'Intranet' ====

# [17/51] IIS-904 binding-conflict, samples/risky/applicationHost.config:55:46, site 'Intranet'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('site ''Intranet''', 'step 17, IIS-904: the command removes what the finding names')) {
    Remove-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Intranet']/bindings" -Name '.' -AtElement @{protocol='http';bindingInformation='*:80:shop.contoso.com'}
}

# [18/51] IIS-201 pool-shared-by-sites, samples/risky/applicationHost.config:80:34, site 'Intranet'
#     now DefaultAppPool; the command adds what the finding names
if ($PSCmdlet.ShouldProcess('site ''Intranet''', 'step 18, IIS-201: now DefaultAppPool; the command adds what the finding names')) {
    New-WebAppPool -Name 'Intranet'; Set-ItemProperty -LiteralPath 'IIS:\Sites\Intranet' -Name applicationPool -Value 'Intranet'
}

# [19/51] IIS-403 asp-limits-raised, samples/risky/applicationHost.config:139:51, config path 'MACHINE/WEBROOT/APPHOST/Intranet'
#     maxRequestEntityAllowed: 1073741824 -> 200000
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Intranet''', 'step 19, IIS-403: maxRequestEntityAllowed: 1073741824 -> 200000')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Intranet' -Filter 'system.webServer/asp/limits' -Name maxRequestEntityAllowed -Value 200000
}

# ==== samples/risky/applicationHost.config: site 'Legacy' ====

# [20/51] IIS-201 pool-shared-by-sites, samples/risky/applicationHost.config:59:39, site 'Legacy'
#     now DefaultAppPool; the command adds what the finding names
if ($PSCmdlet.ShouldProcess('site ''Legacy''', 'step 20, IIS-201: now DefaultAppPool; the command adds what the finding names')) {
    New-WebAppPool -Name 'Legacy'; Set-ItemProperty -LiteralPath 'IIS:\Sites\Legacy' -Name applicationPool -Value 'Legacy'
}

# [21/51] IIS-203 application-pool-missing, samples/risky/applicationHost.config:62:42, application 'Legacy/api'
#     now Api; the command adds what the finding names
if ($PSCmdlet.ShouldProcess('application ''Legacy/api''', 'step 21, IIS-203: now Api; the command adds what the finding names')) {
    New-WebAppPool -Name 'Api'
}

# [22/51] IIS-903 binding-malformed, samples/risky/applicationHost.config:66:46, site 'Legacy'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('site ''Legacy''', 'step 22, IIS-903: the command removes what the finding names')) {
    Remove-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Legacy']/bindings" -Name '.' -AtElement @{protocol='http';bindingInformation='*:8o80:'}
}

# ==== samples/risky/applicationHost.config: site 'Shop' ====

# [23/51] IIS-1309 site-ssl-not-required, samples/risky/applicationHost.config:38:13, site 'Shop'
#     sslFlags: (not set) -> Ssl
if ($PSCmdlet.ShouldProcess('site ''Shop''', 'step 23, IIS-1309: sslFlags: (not set) -> Ssl')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/security/access' -Name sslFlags -Value 'Ssl'
}

# [24/51] IIS-105 anonymous-user-fixed, samples/risky/applicationHost.config:130:46, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     userName: CONTOSO\web-anon -> (empty)
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 24, IIS-105: userName: CONTOSO\web-anon -> (empty)')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/security/authentication/anonymousAuthentication' -Name userName -Value ''
}

# IIS-106 anonymous-password-cleartext, samples/risky/applicationHost.config:130:74, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     no step: the same command as step 24

# ==== samples/risky/applicationHost.config: application pool 'Billing' ====

# IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:28:13, application pool 'Billing'
#     no step: a later step of this group removes the application pool (IIS-202)

# IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:28:13, application pool 'Billing'
#     no step: a later step of this group removes the application pool (IIS-202)

# IIS-104 pool-account-shared, samples/risky/applicationHost.config:29:59, application pool 'Billing'
#     no step: a later step of this group removes the application pool (IIS-202)

# [25/51] IIS-202 pool-unused, samples/risky/applicationHost.config:28:13, application pool 'Billing'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('application pool ''Billing''', 'step 25, IIS-202: the command removes what the finding names')) {
    Remove-WebAppPool -Name 'Billing'
}

# ==== samples/risky/applicationHost.config: application pool 'DefaultAppPool' ====

# [26/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:12:13, application pool 'DefaultAppPool'
#     recycling.periodicRestart.requests: 0 -> 35000
if ($PSCmdlet.ShouldProcess('application pool ''DefaultAppPool''', 'step 26, IIS-502: recycling.periodicRestart.requests: 0 -> 35000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\DefaultAppPool' -Name recycling.periodicRestart.requests -Value 35000
}

# [27/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:12:13, application pool 'DefaultAppPool'
#     recycling.periodicRestart.privateMemory: 0 -> 1048576
if ($PSCmdlet.ShouldProcess('application pool ''DefaultAppPool''', 'step 27, IIS-503: recycling.periodicRestart.privateMemory: 0 -> 1048576')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\DefaultAppPool' -Name recycling.periodicRestart.privateMemory -Value 1048576
}

# ==== samples/risky/applicationHost.config: application pool 'Partners' ====

# [28/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:25:13, application pool 'Partners'
#     recycling.periodicRestart.requests: 0 -> 35000
if ($PSCmdlet.ShouldProcess('application pool ''Partners''', 'step 28, IIS-502: recycling.periodicRestart.requests: 0 -> 35000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Partners' -Name recycling.periodicRestart.requests -Value 35000
}

# [29/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:25:13, application pool 'Partners'
#     recycling.periodicRestart.privateMemory: 0 -> 1048576
if ($PSCmdlet.ShouldProcess('application pool ''Partners''', 'step 29, IIS-503: recycling.periodicRestart.privateMemory: 0 -> 1048576')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Partners' -Name recycling.periodicRestart.privateMemory -Value 1048576
}

# [30/51] IIS-704 config-override-disabled, samples/risky/applicationHost.config:25:63, application pool 'Partners'
#     enableConfigurationOverride: false -> true
if ($PSCmdlet.ShouldProcess('application pool ''Partners''', 'step 30, IIS-704: enableConfigurationOverride: false -> true')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Partners' -Name enableConfigurationOverride -Value $true
}

# [31/51] IIS-104 pool-account-shared, samples/risky/applicationHost.config:26:59, application pool 'Partners'
#     processModel.identityType: CONTOSO\svc-web -> ApplicationPoolIdentity
if ($PSCmdlet.ShouldProcess('application pool ''Partners''', 'step 31, IIS-104: processModel.identityType: CONTOSO\svc-web -> ApplicationPoolIdentity')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Partners' -Name processModel.identityType -Value ApplicationPoolIdentity
}

# ==== samples/risky/applicationHost.config: application pool 'Reports' ====

# [32/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:20:13, application pool 'Reports'
#     recycling.periodicRestart.requests: 0 -> 35000
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 32, IIS-502: recycling.periodicRestart.requests: 0 -> 35000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name recycling.periodicRestart.requests -Value 35000
}

# [33/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:20:13, application pool 'Reports'
#     recycling.periodicRestart.privateMemory: 0 -> 1048576
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 33, IIS-503: recycling.periodicRestart.privateMemory: 0 -> 1048576')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name recycling.periodicRestart.privateMemory -Value 1048576
}

# [34/51] IIS-702 legacy-clr, samples/risky/applicationHost.config:20:33, application pool 'Reports'
#     managedRuntimeVersion: v2.0 -> v4.0
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 34, IIS-702: managedRuntimeVersion: v2.0 -> v4.0')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name managedRuntimeVersion -Value 'v4.0'
}

# [35/51] IIS-701 classic-pipeline, samples/risky/applicationHost.config:20:62, application pool 'Reports'
#     managedPipelineMode: Classic -> Integrated
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 35, IIS-701: managedPipelineMode: Classic -> Integrated')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name managedPipelineMode -Value Integrated
}

# IIS-204 pool-32bit, samples/risky/applicationHost.config:20:92, application pool 'Reports'
#     no step: the same command as step 10

# [36/51] IIS-603 queue-length-high, samples/risky/applicationHost.config:20:121, application pool 'Reports'
#     queueLength: 5000 -> 1000
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 36, IIS-603: queueLength: 5000 -> 1000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name queueLength -Value 1000
}

# [37/51] IIS-102 pool-identity-builtin-shared, samples/risky/applicationHost.config:21:31, application pool 'Reports'
#     processModel.identityType: NetworkService -> ApplicationPoolIdentity
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 37, IIS-102: processModel.identityType: NetworkService -> ApplicationPoolIdentity')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name processModel.identityType -Value ApplicationPoolIdentity
}

# [38/51] IIS-505 pool-web-garden, samples/risky/applicationHost.config:21:61, application pool 'Reports'
#     processModel.maxProcesses: 4 -> 1
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 38, IIS-505: processModel.maxProcesses: 4 -> 1')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name processModel.maxProcesses -Value 1
}

# [39/51] IIS-605 idle-timeout, samples/risky/applicationHost.config:21:78, application pool 'Reports'
#     processModel.idleTimeout: 02:00:00 -> 00:20:00
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 39, IIS-605: processModel.idleTimeout: 02:00:00 -> 00:20:00')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name processModel.idleTimeout -Value '00:20:00'
}

# [40/51] IIS-602 rapid-fail-interval-long, samples/risky/applicationHost.config:22:26, application pool 'Reports'
#     failure.rapidFailProtectionInterval: 00:30:00 -> 00:05:00
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 40, IIS-602: failure.rapidFailProtectionInterval: 00:30:00 -> 00:05:00')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name failure.rapidFailProtectionInterval -Value '00:05:00'
}

# [41/51] IIS-703 cpu-limit-kills-worker, samples/risky/applicationHost.config:23:36, application pool 'Reports'
#     cpu.action: KillW3wp -> Throttle
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 41, IIS-703: cpu.action: KillW3wp -> Throttle')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name cpu.action -Value Throttle
}

# ==== samples/risky/applicationHost.config: application pool 'Shop' ====

# [42/51] IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:13:13, application pool 'Shop'
#     recycling.periodicRestart.requests: 0 -> 35000
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 42, IIS-502: recycling.periodicRestart.requests: 0 -> 35000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name recycling.periodicRestart.requests -Value 35000
}

# [43/51] IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:13:13, application pool 'Shop'
#     recycling.periodicRestart.privateMemory: 0 -> 1048576
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 43, IIS-503: recycling.periodicRestart.privateMemory: 0 -> 1048576')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name recycling.periodicRestart.privateMemory -Value 1048576
}

# [44/51] IIS-604 queue-length-low, samples/risky/applicationHost.config:13:59, application pool 'Shop'
#     queueLength: 50 -> 1000
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 44, IIS-604: queueLength: 50 -> 1000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name queueLength -Value 1000
}

# [45/51] IIS-101 pool-identity-localsystem, samples/risky/applicationHost.config:14:31, application pool 'Shop'
#     processModel.identityType: LocalSystem -> ApplicationPoolIdentity
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 45, IIS-101: processModel.identityType: LocalSystem -> ApplicationPoolIdentity')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name processModel.identityType -Value ApplicationPoolIdentity
}

# [46/51] IIS-605 idle-timeout, samples/risky/applicationHost.config:14:58, application pool 'Shop'
#     processModel.idleTimeout: 00:00:00 -> 00:20:00
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 46, IIS-605: processModel.idleTimeout: 00:00:00 -> 00:20:00')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name processModel.idleTimeout -Value '00:20:00'
}

# [47/51] IIS-606 pinging-off, samples/risky/applicationHost.config:14:81, application pool 'Shop'
#     processModel.pingingEnabled: false -> true
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 47, IIS-606: processModel.pingingEnabled: false -> true')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name processModel.pingingEnabled -Value $true
}

# [48/51] IIS-504 pool-recycle-not-logged, samples/risky/applicationHost.config:15:28, application pool 'Shop'
#     recycling.logEventOnRecycle: Memory -> Time, Schedule, Memory
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 48, IIS-504: recycling.logEventOnRecycle: Memory -> Time, Schedule, Memory')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name recycling.logEventOnRecycle -Value 'Time, Schedule, Memory'
}

# [49/51] IIS-501 pool-never-recycles, samples/risky/applicationHost.config:16:38, application pool 'Shop'
#     now 00:00:00; the command adds what the finding names
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 49, IIS-501: now 00:00:00; the command adds what the finding names')) {
    Add-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name recycling.periodicRestart.schedule -Value @{value='03:00:00'}
}

# [50/51] IIS-601 rapid-fail-protection-off, samples/risky/applicationHost.config:18:26, application pool 'Shop'
#     failure.rapidFailProtection: false -> true
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 50, IIS-601: failure.rapidFailProtection: false -> true')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name failure.rapidFailProtection -Value $true
}

# ==== samples/risky/applicationHost.config: application pool 'Staging' ====

# IIS-502 pool-request-limit-unset, samples/risky/applicationHost.config:31:13, application pool 'Staging'
#     no step: a later step of this group removes the application pool (IIS-202)

# IIS-503 pool-memory-limit-unset, samples/risky/applicationHost.config:31:13, application pool 'Staging'
#     no step: a later step of this group removes the application pool (IIS-202)

# [51/51] IIS-202 pool-unused, samples/risky/applicationHost.config:31:13, application pool 'Staging'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('application pool ''Staging''', 'step 51, IIS-202: the command removes what the finding names')) {
    Remove-WebAppPool -Name 'Staging'
}

# ==== To fix by hand: 9 findings ====

# IIS-103 pool-password-cleartext, samples/risky/applicationHost.config:26:86, application pool 'Partners'
#     the password of account 'CONTOSO\svc-web' is stored in clear text in this file (password=(clear text, 11 characters), set at line 26)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: Set-ItemProperty -LiteralPath 'IIS:\AppPools\Partners' -Name processModel -Value @{userName='CONTOSO\svc-web';password='NEW_PASSWORD';identityType=3}

# IIS-001 invalid-config-value, samples/risky/applicationHost.config:31:62, application pool 'Staging'
#     'Sometimes' is not valid: expected one of OnDemand, AlwaysRunning
#     not in the script: no command fixes it: 'iislint explain IIS-001' says what to do

# IIS-1308 site-without-https, samples/risky/applicationHost.config:50:13, site 'Intranet'
#     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
#     not in the script: the command needs HOST_NAME, which only you can fill in
#     the fix: New-WebBinding -Name 'Intranet' -Protocol https -Port 443 -HostHeader 'HOST_NAME' -SslFlags 1

# IIS-902 site-no-valid-binding, samples/risky/applicationHost.config:58:13, site 'Legacy'
#     has no valid binding: the site cannot start
#     not in the script: the command needs HOST_NAME, which only you can fill in
#     the fix: New-WebBinding -Name 'Legacy' -Protocol http -Port 80 -HostHeader 'HOST_NAME'

# IIS-1308 site-without-https, samples/risky/applicationHost.config:69:13, site 'Archive'
#     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
#     not in the script: the command needs HOST_NAME, which only you can fill in
#     the fix: New-WebBinding -Name 'Archive' -Protocol https -Port 443 -HostHeader 'HOST_NAME' -SslFlags 1

# IIS-107 vdir-password-cleartext, samples/risky/applicationHost.config:71:21, virtual directory 'Archive/docs'
#     the password of account 'CONTOSO\archive-reader' for the content at \\files01\archive\docs is stored in clear text in this file (password=(clear text, 12 characters), set at line 71)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site/application/virtualDirectory[@path='/']" -Name password -Value 'NEW_PASSWORD'

# IIS-1306 logs-on-system-drive, samples/risky/applicationHost.config:78:42, site defaults 'siteDefaults'
#     the logs are on the system drive (%SystemDrive%\inetpub\logs\LogFiles): logs that fill it can stop Windows; keep them on a drive of their own; 4 sites get it: 'Shop', 'Intranet', 'Legacy', 'Archive' (directory=%SystemDrive%\inetpub\logs\LogFiles, inherited from siteDefaults at line 78)
#     not in the script: the command needs NEW_LOG_FOLDER, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/siteDefaults/logFile" -Name directory -Value 'D:\NEW_LOG_FOLDER'

# IIS-002 invalid-suppression, samples/risky/applicationHost.config:140:13, suppression 'iislint-disable-next-line IIS-804'
#     gives no reason: say why the finding is accepted, after the rule
#     not in the script: no command fixes it: 'iislint explain IIS-002' says what to do

# IIS-003 unused-suppression, samples/risky/applicationHost.config:142:13, suppression 'iislint-disable-next-line IIS-402 nothing to hide on the intranet'
#     suppresses nothing: no finding of IIS-402 on the next element; remove it
#     not in the script: no command fixes it: 'iislint explain IIS-003' says what to do

if (-not $WhatIfPreference) { Write-Host 'iislint: all 51 steps done.' }
