# iislint 0.1.0 fix script (PowerShell): 1 step, 5 findings to fix by hand (listed at the end).
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

# ==== To fix by hand: 5 findings ====

# IIS-1308 site-without-https, src/test/resources/exports/sites.xml:4:9, site 'Default Web Site'
#     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
#     not in the script: the command needs HOST_NAME, which only you can fill in
#     the fix: New-WebBinding -Name 'Default Web Site' -Protocol https -Port 443 -HostHeader 'HOST_NAME' -SslFlags 1

# IIS-1307 binding-without-host-name, src/test/resources/exports/sites.xml:6:42, site 'Default Web Site'
#     binding 'http/*:80:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
#     not in the script: the command needs HOST_NAME, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Default Web Site']/bindings/binding[@protocol='http' and @bindingInformation='*:80:']" -Name bindingInformation -Value '*:80:HOST_NAME'

# IIS-1316 content-on-system-drive, src/test/resources/exports/sites.xml:18:17, site 'Default Web Site'
#     the content of '/' is on the system drive (%SystemDrive%\inetpub\wwwroot): a path traversal flaw reaches Windows' own files, and a full drive stops the server
#     not in the script: the command needs NEW_FOLDER, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Default Web Site']/application[@path='/']/virtualDirectory[@path='/']" -Name physicalPath -Value 'D:\Sites\NEW_FOLDER'

# IIS-1307 binding-without-host-name, src/test/resources/exports/sites.xml:27:42, site 'Shop'
#     binding 'http/*:80:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
#     not in the script: the command needs HOST_NAME, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site[@name='Shop']/bindings/binding[@protocol='http' and @bindingInformation='*:80:']" -Name bindingInformation -Value '*:80:HOST_NAME'

# IIS-107 vdir-password-cleartext, src/test/resources/exports/sites.xml:40:17, virtual directory 'Shop/images'
#     the password of account 'CONTOSO\svc-files' for the content at \\files01\shop-images is stored in clear text in this file (appcmd exports passwords decrypted, even where applicationHost.config encrypts them: treat this file as a secret) (password=(clear text, 11 characters), set at line 40)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.applicationHost/sites/site/application/virtualDirectory[@path='/']" -Name password -Value 'NEW_PASSWORD'

if (-not $WhatIfPreference) { Write-Host 'iislint: all 1 steps done.' }
