# iislint 0.1.0 fix script (PowerShell): 1 step, 1 finding to fix by hand (listed at the end).
#   from src/test/resources/exports/sites.xml
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

# ==== src/test/resources/exports/sites.xml: site 'Shop' ====

# [1/1] IIS-904 binding-conflict, src/test/resources/exports/sites.xml:27:42, site 'Shop'
#     the command removes what the finding names
if ($PSCmdlet.ShouldProcess('site ''Shop''', 'step 1, IIS-904: the command removes what the finding names')) {
    Remove-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Shop']/bindings" -Name '.' -AtElement @{protocol='http';bindingInformation='*:80:'}
}

# ==== To fix by hand: 1 finding ====

# IIS-107 vdir-password-cleartext, src/test/resources/exports/sites.xml:40:17, virtual directory 'Shop/images'
#     the password of account 'CONTOSO\svc-files' for the content at \\files01\shop-images is stored in clear text in this file (appcmd exports passwords decrypted, even where applicationHost.config encrypts them: treat this file as a secret) (password=(clear text, 11 characters), set at line 40)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site/application/virtualDirectory[@path='/']" -Name password -Value 'NEW_PASSWORD'

if (-not $WhatIfPreference) { Write-Host 'iislint: all 1 steps done.' }
