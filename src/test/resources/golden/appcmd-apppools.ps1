# iislint 0.1.0 fix script (PowerShell): 8 steps, 1 finding to fix by hand (listed at the end).
#   from src/test/resources/exports/apppools.xml
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

# ==== src/test/resources/exports/apppools.xml: application pool 'Reports' ====

# [1/8] IIS-101 pool-identity-localsystem, src/test/resources/exports/apppools.xml:31:27, application pool 'Reports'
#     processModel.identityType: LocalSystem -> ApplicationPoolIdentity
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 1, IIS-101: processModel.identityType: LocalSystem -> ApplicationPoolIdentity')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name processModel.identityType -Value ApplicationPoolIdentity
}

# [2/8] IIS-605 idle-timeout, src/test/resources/exports/apppools.xml:31:54, application pool 'Reports'
#     processModel.idleTimeout: 00:00:00 -> 00:20:00
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 2, IIS-605: processModel.idleTimeout: 00:00:00 -> 00:20:00')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name processModel.idleTimeout -Value '00:20:00'
}

# [3/8] IIS-504 pool-recycle-not-logged, src/test/resources/exports/apppools.xml:32:24, application pool 'Reports'
#     recycling.logEventOnRecycle: Time, Memory -> Time, Schedule, Memory
if ($PSCmdlet.ShouldProcess('application pool ''Reports''', 'step 3, IIS-504: recycling.logEventOnRecycle: Time, Memory -> Time, Schedule, Memory')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Reports' -Name recycling.logEventOnRecycle -Value 'Time, Schedule, Memory'
}

# ==== src/test/resources/exports/apppools.xml: application pool 'Shop' ====

# [4/8] IIS-701 classic-pipeline, src/test/resources/exports/apppools.xml:16:34, application pool 'Shop'
#     managedPipelineMode: Classic -> Integrated
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 4, IIS-701: managedPipelineMode: Classic -> Integrated')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name managedPipelineMode -Value Integrated
}

# [5/8] IIS-702 legacy-clr, src/test/resources/exports/apppools.xml:17:26, application pool 'Shop'
#     managedRuntimeVersion: v2.0 -> v4.0
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 5, IIS-702: managedRuntimeVersion: v2.0 -> v4.0')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name managedRuntimeVersion -Value 'v4.0'
}

# [6/8] IIS-604 queue-length-low, src/test/resources/exports/apppools.xml:17:55, application pool 'Shop'
#     queueLength: 50 -> 1000
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 6, IIS-604: queueLength: 50 -> 1000')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name queueLength -Value 1000
}

# [7/8] IIS-601 rapid-fail-protection-off, src/test/resources/exports/apppools.xml:25:22, application pool 'Shop'
#     failure.rapidFailProtection: false -> true
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 7, IIS-601: failure.rapidFailProtection: false -> true')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name failure.rapidFailProtection -Value $true
}

# [8/8] IIS-703 cpu-limit-kills-worker, src/test/resources/exports/apppools.xml:26:32, application pool 'Shop'
#     cpu.action: KillW3wp -> Throttle
if ($PSCmdlet.ShouldProcess('application pool ''Shop''', 'step 8, IIS-703: cpu.action: KillW3wp -> Throttle')) {
    Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name cpu.action -Value Throttle
}

# ==== To fix by hand: 1 finding ====

# IIS-103 pool-password-cleartext, src/test/resources/exports/apppools.xml:18:83, application pool 'Shop'
#     the password of account 'CONTOSO\svc-shop' is stored in clear text in this file (appcmd exports passwords decrypted, even where applicationHost.config encrypts them: treat this file as a secret) (password=(clear text, 11 characters), set at line 18)
#     not in the script: the command needs NEW_PASSWORD, which only you can fill in
#     the fix: Set-ItemProperty -LiteralPath 'IIS:\AppPools\Shop' -Name processModel -Value @{userName='CONTOSO\svc-shop';password='NEW_PASSWORD';identityType=3}

if (-not $WhatIfPreference) { Write-Host 'iislint: all 8 steps done.' }
