@echo off
rem iislint 0.1.0 fix script (cmd.exe): 8 steps, 14 findings to fix by hand (listed at the end).
rem   from samples/iis6/MetaBase.xml
rem   from samples/iis6/fcgiext.ini
rem The findings are those the run's other formats report: selection, suppressions, exemptions and
rem baseline applied. Each step names its rule, the finding's file:line and the change it makes.
rem
rem Read it before running it, as an administrator, on the server the configuration comes from. It backs
rem up the configuration as iislint-before-fix, then runs the steps; the first error stops it.
rem Undo (IIS 6): cscript //nologo iisback.vbs /restore /b iislint-before-fix (iisback.vbs is in system32)
rem It holds the steps for every input file: if they come from several servers, run on each only its own.
setlocal EnableExtensions DisableDelayedExpansion
set "CSCRIPT=%SystemRoot%\system32\cscript.exe"
set "ADSUTIL=%SystemDrive%\Inetpub\AdminScripts\adsutil.vbs"
set "IISEXT=%SystemRoot%\system32\iisext.vbs"
"%CSCRIPT%" //nologo "%SystemRoot%\system32\iisback.vbs" /backup /b iislint-before-fix || exit /b 1

rem ==== samples/iis6/MetaBase.xml: server level ====

rem [1/8] IIS-108 anonymous-password-sync, samples/iis6/MetaBase.xml:25:3, metabase key '/LM/W3SVC'
rem     AnonymousPasswordSync: TRUE -> FALSE
echo [1/8] IIS-108
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/AnonymousPasswordSync FALSE || exit /b 1

rem [2/8] IIS-206 iis5-isolation-mode, samples/iis6/MetaBase.xml:35:3, metabase key '/LM/W3SVC'
rem     IIs5IsolationModeEnabled: TRUE -> FALSE
echo [2/8] IIS-206
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/IIs5IsolationModeEnabled FALSE || exit /b 1

rem [3/8] IIS-801 unlisted-isapi-allowed, samples/iis6/MetaBase.xml:43:3, metabase key '/LM/W3SVC'
rem     now 1 (allowed); the command changes what the finding names
echo [3/8] IIS-801
"%CSCRIPT%" //nologo "%IISEXT%" /DisFile *.dll || exit /b 1

rem ==== samples/iis6/MetaBase.xml: site W3SVC/2 ====

rem [4/8] IIS-401 asp-parent-paths, samples/iis6/MetaBase.xml:90:3, metabase key '/LM/W3SVC/2/ROOT'
rem     AspEnableParentPaths: TRUE -> FALSE
echo [4/8] IIS-401
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/2/ROOT/AspEnableParentPaths FALSE || exit /b 1

rem [5/8] IIS-403 asp-limits-raised, samples/iis6/MetaBase.xml:91:3, metabase key '/LM/W3SVC/2/ROOT'
rem     AspMaxRequestEntityAllowed: 10485760 -> 204800
echo [5/8] IIS-403
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/2/ROOT/AspMaxRequestEntityAllowed 204800 || exit /b 1

rem [6/8] IIS-803 handler-write-and-execute, samples/iis6/MetaBase.xml:97:3, metabase key '/LM/W3SVC/2/ROOT/uploads'
rem     AccessWrite: AccessRead | AccessWrite | AccessScript -> FALSE
echo [6/8] IIS-803
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/2/ROOT/uploads/AccessWrite FALSE || exit /b 1

rem ==== samples/iis6/MetaBase.xml: site W3SVC/3 ====

rem [7/8] IIS-804 directory-browsing, samples/iis6/MetaBase.xml:125:3, metabase key '/LM/W3SVC/3/ROOT'
rem     EnableDirBrowsing: TRUE -> FALSE
echo [7/8] IIS-804
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/3/ROOT/EnableDirBrowsing FALSE || exit /b 1

rem [8/8] IIS-402 asp-script-errors-to-browser, samples/iis6/MetaBase.xml:130:3, metabase key '/LM/W3SVC/3/ROOT/reports'
rem     AspScriptErrorSentToBrowser: TRUE -> FALSE
echo [8/8] IIS-402
"%CSCRIPT%" //nologo "%ADSUTIL%" SET W3SVC/3/ROOT/reports/AspScriptErrorSentToBrowser FALSE || exit /b 1

rem ==== To fix by hand: 14 findings ====

rem IIS-1212 vulnerable-script-mapping, samples/iis6/MetaBase.xml:40:4, script map '.shtml'
rem     maps '*.shtml', an extension whose legacy handlers had known exploits, to C:\WINDOWS\system32\inetsrv\ssinc.dll: remove the mapping unless a site needs it
rem     not in the script: no command fixes it: 'iislint explain IIS-1212' says what to do

rem IIS-1307 binding-without-host-name, samples/iis6/MetaBase.xml:66:3, site 'Default Web Site'
rem     binding 'https/:443:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
rem     not in the script: no command fixes it: 'iislint explain IIS-1307' says what to do

rem IIS-1307 binding-without-host-name, samples/iis6/MetaBase.xml:67:3, site 'Default Web Site'
rem     binding 'http/:80:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
rem     not in the script: no command fixes it: 'iislint explain IIS-1307' says what to do

rem IIS-1316 content-on-system-drive, samples/iis6/MetaBase.xml:71:1, site 'Default Web Site'
rem     the content of '/' is probably on the system drive (C:\Inetpub\wwwroot, taking C: for it): a path traversal flaw reaches Windows' own files, and a full drive stops the server
rem     not in the script: the command needs NEW_FOLDER, which only you can fill in
rem     the fix: cscript adsutil.vbs SET W3SVC/1/ROOT/Path "D:\Sites\NEW_FOLDER"

rem IIS-805 mime-wildcard, samples/iis6/MetaBase.xml:92:3, mimeMap '.*'
rem     the MIME map for '.*' (application/octet-stream) in /LM/W3SVC/2/ROOT makes the static file handler serve files of every extension, including ones never meant to be downloaded
rem     not in the script: no command fixes it: 'iislint explain IIS-805' says what to do

rem IIS-107 vdir-password-cleartext, samples/iis6/MetaBase.xml:101:1, virtual directory 'Shop/images'
rem     the password of account 'CONTOSO\svc-images' for the content at \\files01\shop-images is stored in clear text in this file (UNCPassword=(clear text, 10 characters), set at line 101)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: cscript adsutil.vbs SET W3SVC/2/ROOT/images/UNCPassword "NEW_PASSWORD"

rem IIS-1308 site-without-https, samples/iis6/MetaBase.xml:114:1, site 'Intranet'
rem     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
rem     not in the script: no command fixes it: 'iislint explain IIS-1308' says what to do

rem IIS-106 anonymous-password-cleartext, samples/iis6/MetaBase.xml:121:3, metabase key '/LM/W3SVC/3/ROOT'
rem     the password of anonymous account 'CONTOSO\intranet-anon' is stored in clear text (AnonymousUserPass=(clear text, 9 characters), set at line 121)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: cscript adsutil.vbs SET W3SVC/3/ROOT/AnonymousUserPass "NEW_PASSWORD"

rem IIS-1308 site-without-https, samples/iis6/MetaBase.xml:133:1, site 'Legacy'
rem     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
rem     not in the script: no command fixes it: 'iislint explain IIS-1308' says what to do

rem IIS-103 pool-password-cleartext, samples/iis6/MetaBase.xml:177:3, application pool 'ShopPool'
rem     the password of account 'CONTOSO\svc-shop' is stored in clear text in this file (WAMUserPass=(clear text, 9 characters), set at line 177)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: cscript adsutil.vbs SET W3SVC/AppPools/ShopPool/WAMUserPass "NEW_PASSWORD"

rem IIS-307 fcgiext-setting-dropped, samples/iis6/fcgiext.ini:14:1, fcgiext.ini setting '[PHP]/ResponseBufferLimit'
rem     ResponseBufferLimit=0 is dropped on the way to IIS 7+: IIS 7+ buffers FastCGI responses per handler (responseBufferLimit, 4 MB by default): set it on the handler that maps this application
rem     not in the script: a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to
rem     the fix: appcmd set config /section:handlers "/[name='PHP'].responseBufferLimit:0"

rem IIS-307 fcgiext-setting-dropped, samples/iis6/fcgiext.ini:15:1, fcgiext.ini setting '[PHP]/IgnoreExistingFiles'
rem     IgnoreExistingFiles=0 is dropped on the way to IIS 7+: IIS 7+ decides this with the handler's resourceType (File, Directory, Either, Unspecified)
rem     not in the script: no command fixes it: 'iislint explain IIS-307' says what to do

rem IIS-308 fcgiext-needs-fastcgi-15, samples/iis6/fcgiext.ini:21:1, fcgiext.ini setting '[Python]/SignalBeforeTerminateSeconds'
rem     SignalBeforeTerminateSeconds=10 carries over only from FastCGI 1.5: with the 1.0 extension it is ignored now and not migrated; set the fastCgi attribute on IIS 7+ yourself
rem     not in the script: a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to
rem     the fix: appcmd set config /section:system.webServer/fastCgi "/[fullPath='FULL_PATH'].signalBeforeTerminateSeconds:10" /commit:apphost

rem IIS-308 fcgiext-needs-fastcgi-15, samples/iis6/fcgiext.ini:22:1, fcgiext.ini setting '[Python]/StderrMode'
rem     StderrMode=ReturnGeneric500 carries over only from FastCGI 1.5: with the 1.0 extension it is ignored now and not migrated; set the fastCgi attribute on IIS 7+ yourself
rem     not in the script: a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to
rem     the fix: appcmd set config /section:system.webServer/fastCgi "/[fullPath='FULL_PATH'].stderrMode:ReturnGeneric500" /commit:apphost

echo iislint: all 8 steps done.
exit /b 0
