# iislint 0.1.0 fix script (PowerShell): 7 steps, 0 findings to fix by hand (listed at the end).
#   from src/test/resources/exports/config-site.xml
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

# ==== src/test/resources/exports/config-site.xml: site 'Shop' ====

# [1/7] IIS-804 directory-browsing, src/test/resources/exports/config-site.xml:4:43, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     enabled: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 1, IIS-804: enabled: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/directoryBrowse' -Name enabled -Value $false
}

# [2/7] IIS-1201 http-errors-detailed, src/test/resources/exports/config-site.xml:15:38, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     errorMode: Detailed -> DetailedLocalOnly
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 2, IIS-1201: errorMode: Detailed -> DetailedLocalOnly')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/httpErrors' -Name errorMode -Value DetailedLocalOnly
}

# [3/7] IIS-105 anonymous-user-fixed, src/test/resources/exports/config-site.xml:20:90, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     userName: CONTOSO\web-anon -> (empty)
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 3, IIS-105: userName: CONTOSO\web-anon -> (empty)')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/security/authentication/anonymousAuthentication' -Name userName -Value ''
}

# IIS-106 anonymous-password-cleartext, src/test/resources/exports/config-site.xml:20:118, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     no step: the same command as step 3

# [4/7] IIS-1204 double-escaping-allowed, src/test/resources/exports/config-site.xml:23:53, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     allowDoubleEscaping: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 4, IIS-1204: allowDoubleEscaping: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/security/requestFiltering' -Name allowDoubleEscaping -Value $false
}

# [5/7] IIS-1206 unlisted-extensions-allowed, src/test/resources/exports/config-site.xml:24:29, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     allowUnlisted: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 5, IIS-1206: allowUnlisted: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.webServer/security/requestFiltering/fileExtensions' -Name allowUnlisted -Value $false
}

# [6/7] IIS-1101 compilation-debug, src/test/resources/exports/config-site.xml:31:33, config path 'MACHINE/WEBROOT/APPHOST/Shop'
#     debug: true -> false
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop''', 'step 6, IIS-1101: debug: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop' -Filter 'system.web/compilation' -Name debug -Value $false
}

# [7/7] IIS-1103 custom-errors-off, src/test/resources/exports/config-site.xml:34:34, config path 'MACHINE/WEBROOT/APPHOST/Shop/api'
#     mode: Off -> RemoteOnly
if ($PSCmdlet.ShouldProcess('config path ''MACHINE/WEBROOT/APPHOST/Shop/api''', 'step 7, IIS-1103: mode: Off -> RemoteOnly')) {
    Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Shop/api' -Filter 'system.web/customErrors' -Name mode -Value RemoteOnly
}

if (-not $WhatIfPreference) { Write-Host 'iislint: all 7 steps done.' }
