@echo off
rem iislint 0.1.0 fix script (cmd.exe): 0 steps, 0 findings to fix by hand (listed at the end).
rem   from samples/hardened/applicationHost.config
rem The findings are those the run's other formats report: selection, suppressions, exemptions and
rem baseline applied. Each step names its rule, the finding's file:line and the change it makes.
rem
rem Read it before running it, as an administrator, on the server the configuration comes from. It backs
rem up the configuration as iislint-before-fix, then runs the steps; the first error stops it.
setlocal EnableExtensions DisableDelayedExpansion

exit /b 0
