# iislint 0.1.0 fix script (PowerShell): 6 steps, 5 findings to fix by hand (listed at the end).
#   from samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config
#   from samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config
#   from samples/server/C/inetpub/intranet/reports/web.config
#   from samples/server/C/inetpub/intranet/web.config
#   from samples/server/C/inetpub/shop-api/web.config
#   from samples/server/C/inetpub/shop/web.config
#   from samples/server/applicationHost.config
#   from samples/server/redirection.config
# The findings are those the run's other formats report: selection, suppressions, exemptions and
# baseline applied. Each step names its rule, the finding's file:line and the change it makes.
#
# Read it before running it, as an administrator, on the server the configuration comes from:
#   .\iislint-fix.ps1 -WhatIf   prints what each step would do and changes nothing
#   .\iislint-fix.ps1           backs up the configuration, then runs the steps; the first error stops it
# Undo: Restore-WebConfiguration -Name iislint-yyyyMMdd-HHmmss (the backup name the script prints)
# It holds the steps for every input file: if they come from several servers, run on each only its own.
[CmdletBinding(SupportsShouldProcess = $true)]
param()
$ErrorActionPreference = 'Stop'
$backup = 'iislint-' + (Get-Date -Format 'yyyyMMdd-HHmmss')
Import-Module WebAdministration
if ($PSCmdlet.ShouldProcess('the IIS configuration', 'Backup-WebConfiguration -Name ' + $backup)) {
    Backup-WebConfiguration -Name $backup | Out-Null
    Write-Host ('Backed up the IIS configuration as ' + $backup + '. To undo the steps: Restore-WebConfiguration -Name ' + $backup)
}

# ==== samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config: server level ====

# [1/6] IIS-1122 deployment-retail-off, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config:18:5, config path 'MACHINE'
#     retail: false -> true
if ($PSCmdlet.ShouldProcess('config path ''MACHINE''', 'step 1, IIS-1122: retail: false -> true')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE' -Filter 'system.web/deployment' -Name retail -Value $true
}

# ==== samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config: server level ====

# [2/6] IIS-1104 aspnet-version-header, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config:7:1, config path 'MACHINE/WEBROOT'
#     enableVersionHeader: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT''', 'step 2, IIS-1104: enableVersionHeader: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT' -Filter 'system.web/httpRuntime' -Name enableVersionHeader -Value $false
}

# [3/6] IIS-1106 cookies-require-ssl-off, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config:7:1, config path 'MACHINE/WEBROOT'
#     requireSSL: false -> true
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT''', 'step 3, IIS-1106: requireSSL: false -> true')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT' -Filter 'system.web/httpCookies' -Name requireSSL -Value $true
}

# [4/6] IIS-1123 trust-level-full, samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config:14:20, config path 'MACHINE/WEBROOT'
#     level: Full -> Medium
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT''', 'step 4, IIS-1123: level: Full -> Medium')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT' -Filter 'system.web/trust' -Name level -Value Medium
}

# ==== samples/server/C/inetpub/intranet/web.config: site 'Intranet' ====

# [5/6] IIS-804 directory-browsing, samples/server/C/inetpub/intranet/web.config:6:30, config path 'Intranet/files'
#     enabled: true -> false
if ($PSCmdlet.ShouldProcess('config path ''Intranet/files''', 'step 5, IIS-804: enabled: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'IIS:\Sites\Intranet\files' -Filter 'system.webServer/directoryBrowse' -Name enabled -Value $false
}

# ==== samples/server/C/inetpub/shop-api/web.config: the web.config's own settings ====

# [6/6] IIS-005 section-locked, samples/server/C/inetpub/shop-api/web.config:8:17, config section 'system.webServer/security/authentication/windowsAuthentication'
#     the command changes what the finding names
if ($PSCmdlet.ShouldProcess('config section ''system.webServer/security/authentication/windowsAuthentication''', 'step 6, IIS-005: the command changes what the finding names')) {
    Set-WebConfiguration -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop/api' -Filter 'system.webServer/security/authentication/windowsAuthentication' -Metadata overrideMode -Value Allow
}

# ==== To fix by hand: 5 findings ====

# IIS-006 section-not-allowed-here, samples/server/C/inetpub/intranet/reports/web.config:6:9, config section 'system.webServer/modules'
#     may be set only at an application's root, and 'Intranet/reports' is not one (allowDefinition="MachineToApplication" at samples/server/applicationHost.config:23): IIS refuses this web.config, and every request it applies to fails with HTTP 500.19; move it to the web.config of the application's root (or make this folder an application), or remove it here
#     not in the script: no command fixes it: 'iislint explain IIS-006' says what to do

# IIS-1306 logs-on-system-drive, samples/server/applicationHost.config:54:9, site defaults 'siteDefaults'
#     the logs are on the system drive (%SystemDrive%\inetpub\logs\LogFiles): logs that fill it can stop Windows; keep them on a drive of their own; 2 sites get it: 'Shop', 'Intranet' (directory=%SystemDrive%\inetpub\logs\LogFiles, IIS default)
#     not in the script: the command needs NEW_LOG_FOLDER, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/siteDefaults/logFile" -Name directory -Value 'D:\NEW_LOG_FOLDER'

# IIS-1316 content-on-system-drive, samples/server/applicationHost.config:57:21, site 'Shop'
#     the content of '/' is probably on the system drive (C:\inetpub\shop, taking C: for it): a path traversal flaw reaches Windows' own files, and a full drive stops the server
#     not in the script: the command needs NEW_FOLDER, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Shop']/application[@path='/']/virtualDirectory[@path='/']" -Name physicalPath -Value 'D:\Sites\NEW_FOLDER'

# IIS-1316 content-on-system-drive, samples/server/applicationHost.config:60:21, site 'Shop'
#     the content of '/api' is probably on the system drive (C:\inetpub\shop-api, taking C: for it): a path traversal flaw reaches Windows' own files, and a full drive stops the server
#     not in the script: the command needs NEW_FOLDER, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Shop']/application[@path='/api']/virtualDirectory[@path='/']" -Name physicalPath -Value 'D:\Sites\NEW_FOLDER'

# IIS-1316 content-on-system-drive, samples/server/applicationHost.config:68:21, site 'Intranet'
#     the content of '/' is on the system drive (%SystemDrive%\inetpub\intranet): a path traversal flaw reaches Windows' own files, and a full drive stops the server
#     not in the script: the command needs NEW_FOLDER, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Intranet']/application[@path='/']/virtualDirectory[@path='/']" -Name physicalPath -Value 'D:\Sites\NEW_FOLDER'

if (-not $WhatIfPreference) { Write-Host 'iislint: all 6 steps done.' }
