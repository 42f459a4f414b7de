# iislint 0.1.0 fix script (PowerShell): 3 steps, 0 findings to fix by hand (listed at the end).
#   from samples/site/web.config
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

# ==== samples/site/web.config: the web.config's own settings ====

# [1/3] IIS-301 fastcgi-response-buffered, samples/site/web.config:17:13, handler 'PHP83'
#     responseBufferLimit: 4194304 -> 0
if ($PSCmdlet.ShouldProcess('handler ''PHP83''', 'step 1, IIS-301: responseBufferLimit: 4194304 -> 0')) {
    Set-WebConfigurationProperty -PSPath 'IIS:\Sites\SITE\APP' -Filter "system.webServer/handlers/add[@name='PHP83']" -Name responseBufferLimit -Value 0
}

# [2/3] IIS-804 directory-browsing, samples/site/web.config:26:30, config path 'samples/site/web.config <location path="downloads">'
#     enabled: true -> false
if ($PSCmdlet.ShouldProcess('config path ''samples/site/web.config <location path="downloads">''', 'step 2, IIS-804: enabled: true -> false')) {
    Set-WebConfigurationProperty -PSPath 'IIS:\Sites\SITE\APP\downloads' -Filter 'system.webServer/directoryBrowse' -Name enabled -Value $false
}

# [3/3] IIS-805 mime-wildcard, samples/site/web.config:28:17, mimeMap '*'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('mimeMap ''*''', 'step 3, IIS-805: the command removes what the finding names')) {
    Remove-WebConfigurationProperty -PSPath 'IIS:\Sites\SITE\APP\downloads' -Filter 'system.webServer/staticContent' -Name '.' -AtElement @{fileExtension='*'}
}

if (-not $WhatIfPreference) { Write-Host 'iislint: all 3 steps done.' }
