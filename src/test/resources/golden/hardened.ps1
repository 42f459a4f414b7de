# iislint 0.1.0 fix script (PowerShell): 0 steps, 0 findings to fix by hand (listed at the end).
#   from samples/hardened/applicationHost.config
# The findings are those the run's other formats report: selection, suppressions, exemptions and
# baseline applied. Each step names its rule, the finding's file:line and the change it makes.
#
# Read it before running it, as an administrator, on the server the configuration comes from:
#   .\iislint-fix.ps1 -WhatIf   prints what each step would do and changes nothing
#   .\iislint-fix.ps1           backs up the configuration, then runs the steps; the first error stops it
[CmdletBinding(SupportsShouldProcess = $true)]
param()
$ErrorActionPreference = 'Stop'
