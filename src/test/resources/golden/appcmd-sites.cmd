@echo off
rem iislint 0.1.0 fix script (cmd.exe): 1 step, 5 findings to fix by hand (listed at the end).
rem   from src/test/resources/exports/sites.xml
rem The findings are those the run's other formats report: selection, suppressions, exemptions and
rem baseline applied. Each step names its rule, the finding's file:line and the change it makes.
rem
rem Read it before running it, as an administrator, on the server the configuration comes from. It backs
rem up the configuration as iislint-before-fix, then runs the steps; the first error stops it.
rem Undo: appcmd restore backup iislint-before-fix (appcmd.exe is in system32\inetsrv of Windows' folder)
rem A backup of that name from an earlier run stops it: delete it first (appcmd delete backup iislint-before-fix).
setlocal EnableExtensions DisableDelayedExpansion
set "APPCMD=%windir%\system32\inetsrv\appcmd.exe"
if not exist "%APPCMD%" (
    echo iislint: appcmd.exe is not on this computer: run the script on the IIS server.
    exit /b 1
)
"%APPCMD%" add backup "iislint-before-fix" || exit /b 1

rem ==== src/test/resources/exports/sites.xml: site 'Shop' ====

rem [1/1] IIS-904 binding-conflict, src/test/resources/exports/sites.xml:27:42, site 'Shop'
rem     the command removes what the finding names
echo [1/1] IIS-904
"%APPCMD%" set site /site.name:"Shop" /-bindings.[protocol='http',bindingInformation='*:80:'] || exit /b 1

rem ==== To fix by hand: 5 findings ====

rem IIS-1308 site-without-https, src/test/resources/exports/sites.xml:4:9, site 'Default Web Site'
rem     has http bindings and no https binding: pages, cookies and passwords cross the network in clear text
rem     not in the script: the command needs HOST_NAME, which only you can fill in
rem     the fix: appcmd set site /site.name:"Default Web Site" /+bindings.[protocol='https',bindingInformation='*:443:HOST_NAME']

rem IIS-1307 binding-without-host-name, src/test/resources/exports/sites.xml:6:42, site 'Default Web Site'
rem     binding 'http/*:80:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
rem     not in the script: the command needs HOST_NAME, which only you can fill in
rem     the fix: appcmd set site /site.name:"Default Web Site" /bindings.[protocol='http',bindingInformation='*:80:'].bindingInformation:"*:80:HOST_NAME"

rem IIS-1316 content-on-system-drive, src/test/resources/exports/sites.xml:18:17, site 'Default Web Site'
rem     the content of '/' is on the system drive (%%SystemDrive%%\inetpub\wwwroot): a path traversal flaw reaches Windows' own files, and a full drive stops the server
rem     not in the script: the command needs NEW_FOLDER, which only you can fill in
rem     the fix: appcmd set vdir /vdir.name:"Default Web Site/" /physicalPath:"D:\Sites\NEW_FOLDER"

rem IIS-1307 binding-without-host-name, src/test/resources/exports/sites.xml:27:42, site 'Shop'
rem     binding 'http/*:80:' has no host name: the site answers requests for any name that reaches this address and port, or for the bare address
rem     not in the script: the command needs HOST_NAME, which only you can fill in
rem     the fix: appcmd set site /site.name:"Shop" /bindings.[protocol='http',bindingInformation='*:80:'].bindingInformation:"*:80:HOST_NAME"

rem IIS-107 vdir-password-cleartext, src/test/resources/exports/sites.xml:40:17, virtual directory 'Shop/images'
rem     the password of account 'CONTOSO\svc-files' for the content at \\files01\shop-images is stored in clear text in this file (appcmd exports passwords decrypted, even where applicationHost.config encrypts them: treat this file as a secret) (password=(clear text, 11 characters), set at line 40)
rem     not in the script: the command needs NEW_PASSWORD, which only you can fill in
rem     the fix: appcmd set vdir "Shop/images" /userName:"CONTOSO\svc-files" /password:"NEW_PASSWORD"

echo iislint: all 1 steps done.
exit /b 0
