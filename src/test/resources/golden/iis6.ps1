# iislint 0.1.0 fix script (PowerShell): 8 steps, 14 findings to fix by hand (listed at the end).
#   from samples/iis6/MetaBase.xml
#   from samples/iis6/fcgiext.ini
# The findings are those the run's other formats report: selection, suppressions, exemptions and
# baseline applied. Each step names its rule, the finding's file:line and the change it makes.
#
# Read it before running it, as an administrator, on the server the configuration comes from:
#   .\iislint-fix.ps1 -WhatIf   prints what each step would do and changes nothing
#   .\iislint-fix.ps1           backs up the configuration, then runs the steps; the first error stops it
# Undo (IIS 6): cscript //nologo %SystemRoot%\system32\iisback.vbs /restore /b iislint-yyyyMMdd-HHmmss
# It holds the steps for every input file: if they come from several servers, run on each only its own.
[CmdletBinding(SupportsShouldProcess = $true)]
param()
$ErrorActionPreference = 'Stop'
$backup = 'iislint-' + (Get-Date -Format 'yyyyMMdd-HHmmss')
$cscript = Join-Path $env:SystemRoot 'system32\cscript.exe'
$adsutil = Join-Path $env:SystemDrive 'Inetpub\AdminScripts\adsutil.vbs'
$iisext = Join-Path $env:SystemRoot 'system32\iisext.vbs'
$iisback = Join-Path $env:SystemRoot 'system32\iisback.vbs'
if ($PSCmdlet.ShouldProcess('the IIS 6 metabase', 'iisback.vbs /backup /b ' + $backup)) {
    & $cscript '//nologo' $iisback '/backup' '/b' $backup
    if ($LASTEXITCODE -ne 0) { throw ('iisback.vbs could not back up the metabase: exit code ' + $LASTEXITCODE) }
    Write-Host ('Backed up the metabase as ' + $backup + '. To undo the steps: cscript //nologo ' + $iisback + ' /restore /b ' + $backup)
}

# ==== samples/iis6/MetaBase.xml: server level ====

# [1/8] IIS-108 anonymous-password-sync, samples/iis6/MetaBase.xml:25:3, metabase key '/LM/W3SVC'
#     AnonymousPasswordSync: TRUE -> FALSE
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC''', 'step 1, IIS-108: AnonymousPasswordSync: TRUE -> FALSE')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/AnonymousPasswordSync' 'FALSE'
    if ($LASTEXITCODE -ne 0) { throw ('step 1 failed: exit code ' + $LASTEXITCODE) }
}

# [2/8] IIS-206 iis5-isolation-mode, samples/iis6/MetaBase.xml:35:3, metabase key '/LM/W3SVC'
#     IIs5IsolationModeEnabled: TRUE -> FALSE
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC''', 'step 2, IIS-206: IIs5IsolationModeEnabled: TRUE -> FALSE')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/IIs5IsolationModeEnabled' 'FALSE'
    if ($LASTEXITCODE -ne 0) { throw ('step 2 failed: exit code ' + $LASTEXITCODE) }
}

# [3/8] IIS-801 unlisted-isapi-allowed, samples/iis6/MetaBase.xml:43:3, metabase key '/LM/W3SVC'
#     now 1 (allowed); the command changes what the finding names
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC''', 'step 3, IIS-801: now 1 (allowed); the command changes what the finding names')) {
    & $cscript '//nologo' $iisext '/DisFile' '*.dll'
    if ($LASTEXITCODE -ne 0) { throw ('step 3 failed: exit code ' + $LASTEXITCODE) }
}

# ==== samples/iis6/MetaBase.xml: site W3SVC/2 ====

# [4/8] IIS-401 asp-parent-paths, samples/iis6/MetaBase.xml:90:3, metabase key '/LM/W3SVC/2/ROOT'
#     AspEnableParentPaths: TRUE -> FALSE
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC/2/ROOT''', 'step 4, IIS-401: AspEnableParentPaths: TRUE -> FALSE')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/2/ROOT/AspEnableParentPaths' 'FALSE'
    if ($LASTEXITCODE -ne 0) { throw ('step 4 failed: exit code ' + $LASTEXITCODE) }
}

# [5/8] IIS-403 asp-limits-raised, samples/iis6/MetaBase.xml:91:3, metabase key '/LM/W3SVC/2/ROOT'
#     AspMaxRequestEntityAllowed: 10485760 -> 204800
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC/2/ROOT''', 'step 5, IIS-403: AspMaxRequestEntityAllowed: 10485760 -> 204800')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/2/ROOT/AspMaxRequestEntityAllowed' '204800'
    if ($LASTEXITCODE -ne 0) { throw ('step 5 failed: exit code ' + $LASTEXITCODE) }
}

# [6/8] IIS-803 handler-write-and-execute, samples/iis6/MetaBase.xml:97:3, metabase key '/LM/W3SVC/2/ROOT/uploads'
#     AccessWrite: AccessRead | AccessWrite | AccessScript -> FALSE
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC/2/ROOT/uploads''', 'step 6, IIS-803: AccessWrite: AccessRead | AccessWrite | AccessScript -> FALSE')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/2/ROOT/uploads/AccessWrite' 'FALSE'
    if ($LASTEXITCODE -ne 0) { throw ('step 6 failed: exit code ' + $LASTEXITCODE) }
}

# ==== samples/iis6/MetaBase.xml: site W3SVC/3 ====

# [7/8] IIS-804 directory-browsing, samples/iis6/MetaBase.xml:125:3, metabase key '/LM/W3SVC/3/ROOT'
#     EnableDirBrowsing: TRUE -> FALSE
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC/3/ROOT''', 'step 7, IIS-804: EnableDirBrowsing: TRUE -> FALSE')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/3/ROOT/EnableDirBrowsing' 'FALSE'
    if ($LASTEXITCODE -ne 0) { throw ('step 7 failed: exit code ' + $LASTEXITCODE) }
}

# [8/8] IIS-402 asp-script-errors-to-browser, samples/iis6/MetaBase.xml:130:3, metabase key '/LM/W3SVC/3/ROOT/reports'
#     AspScriptErrorSentToBrowser: TRUE -> FALSE
if ($PSCmdlet.ShouldProcess('metabase key ''/LM/W3SVC/3/ROOT/reports''', 'step 8, IIS-402: AspScriptErrorSentToBrowser: TRUE -> FALSE')) {
    & $cscript '//nologo' $adsutil 'SET' 'W3SVC/3/ROOT/reports/AspScriptErrorSentToBrowser' 'FALSE'
    if ($LASTEXITCODE -ne 0) { throw ('step 8 failed: exit code ' + $LASTEXITCODE) }
}

# ==== To fix by hand: 14 findings ====

# IIS-1212 vulnerable-script-mapping, samples/iis6/MetaBase.xml:40:4, script map '.shtml'
#     maps '*.shtml', an extension whose legacy handlers had known exploits, to C:\WINDOWS\system32\inetsrv\ssinc.dll: remove the mapping unless a site needs it
#     not in the script: no command fixes it: 'iislint explain IIS-1212' says what to do

# IIS-1307 binding-without-host-name, samples/iis6/MetaBase.xml:66:3, site 'Default Web Site'
#     binding 'https/:443:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
#     not in the script: no command fixes it: 'iislint explain IIS-1307' says what to do

# IIS-1307 binding-without-host-name, samples/iis6/MetaBase.xml:67:3, site 'Default Web Site'
#     binding 'http/:80:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
#     not in the script: no command fixes it: 'iislint explain IIS-1307' says what to do

# IIS-1316 content-on-system-drive, samples/iis6/MetaBase.xml:71:1, site 'Default Web Site'
#     the content of '/' is probably on the system drive (C:\Inetpub\wwwroot, taking C: for it): a path traversal flaw reaches Windows' own files, and a full drive stops the server
#     not in the script: the command needs NEW_FOLDER, which only you can fill in
#     the fix: cscript adsutil.vbs SET W3SVC/1/ROOT/Path "D:\Sites\NEW_FOLDER"

# IIS-805 mime-wildcard, samples/iis6/MetaBase.xml:92:3, mimeMap '.*'
#     the MIME map for '.*' (application/octet-stream) in /LM/W3SVC/2/ROOT makes the static file handler serve files of every extension, including ones never meant to be downloaded
#     not in the script: no command fixes it: 'iislint explain IIS-805' says what to do

# IIS-107 vdir-password-cleartext, samples/iis6/MetaBase.xml:101:1, virtual directory 'Shop/images'
#     the password of account 'CONTOSO\svc-images' for the content at \\files01\shop-images is stored in clear text in this file (UNCPassword=(clear text, 10 characters), set at line 101)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: cscript adsutil.vbs SET W3SVC/2/ROOT/images/UNCPassword "NEW_PASSWORD"

# IIS-1308 site-without-https, samples/iis6/MetaBase.xml:114:1, site 'Intranet'
#     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
#     not in the script: no command fixes it: 'iislint explain IIS-1308' says what to do

# IIS-106 anonymous-password-cleartext, samples/iis6/MetaBase.xml:121:3, metabase key '/LM/W3SVC/3/ROOT'
#     the password of anonymous account 'CONTOSO\intranet-anon' is stored in clear text (AnonymousUserPass=(clear text, 9 characters), set at line 121)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: cscript adsutil.vbs SET W3SVC/3/ROOT/AnonymousUserPass "NEW_PASSWORD"

# IIS-1308 site-without-https, samples/iis6/MetaBase.xml:133:1, site 'Legacy'
#     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
#     not in the script: no command fixes it: 'iislint explain IIS-1308' says what to do

# IIS-103 pool-password-cleartext, samples/iis6/MetaBase.xml:177:3, application pool 'ShopPool'
#     the password of account 'CONTOSO\svc-shop' is stored in clear text in this file (WAMUserPass=(clear text, 9 characters), set at line 177)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: cscript adsutil.vbs SET W3SVC/AppPools/ShopPool/WAMUserPass "NEW_PASSWORD"

# IIS-307 fcgiext-setting-dropped, samples/iis6/fcgiext.ini:14:1, fcgiext.ini setting '[PHP]/ResponseBufferLimit'
#     ResponseBufferLimit=0 is dropped on the way to IIS 7+: IIS 7+ buffers FastCGI responses per handler (responseBufferLimit, 4 MB by default): set it on the handler that maps this application
#     not in the script: a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/handlers/add[@name='PHP']" -Name responseBufferLimit -Value 0

# IIS-307 fcgiext-setting-dropped, samples/iis6/fcgiext.ini:15:1, fcgiext.ini setting '[PHP]/IgnoreExistingFiles'
#     IgnoreExistingFiles=0 is dropped on the way to IIS 7+: IIS 7+ decides this with the handler's resourceType (File, Directory, Either, Unspecified)
#     not in the script: no command fixes it: 'iislint explain IIS-307' says what to do

# IIS-308 fcgiext-needs-fastcgi-15, samples/iis6/fcgiext.ini:21:1, fcgiext.ini setting '[Python]/SignalBeforeTerminateSeconds'
#     SignalBeforeTerminateSeconds=10 carries over only from FastCGI 1.5: with the 1.0 extension it is ignored now and not migrated; set the fastCgi attribute on IIS 7+ yourself
#     not in the script: a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/fastCgi/application[@fullPath='FULL_PATH']" -Name signalBeforeTerminateSeconds -Value '10'

# IIS-308 fcgiext-needs-fastcgi-15, samples/iis6/fcgiext.ini:22:1, fcgiext.ini setting '[Python]/StderrMode'
#     StderrMode=ReturnGeneric500 carries over only from FastCGI 1.5: with the 1.0 extension it is ignored now and not migrated; set the fastCgi attribute on IIS 7+ yourself
#     not in the script: a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to
#     the fix: Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter "system.webServer/fastCgi/application[@fullPath='FULL_PATH']" -Name stderrMode -Value 'ReturnGeneric500'

if (-not $WhatIfPreference) { Write-Host 'iislint: all 8 steps done.' }
