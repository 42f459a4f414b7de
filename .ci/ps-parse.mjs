// Parses iislint's PowerShell fix scripts with a real PowerShell grammar (tree-sitter-powershell), because no
// PowerShell can be installed from the registries CI reaches. Each file must parse without an error node, and
// every command the script would run must be one the fix scripts use: a name from a configuration that got out of
// its quotes would show up here as a command of its own. Usage: node ps-parse.mjs FILE.ps1...
import Parser from 'tree-sitter';
import PowerShell from 'tree-sitter-powershell';
import { readFileSync } from 'node:fs';

const COMMANDS = new Set([
  'Import-Module', 'Backup-WebConfiguration', 'Write-Host', 'Get-Date', 'Join-Path', 'Out-Null',
  'Set-ItemProperty', 'Add-ItemProperty', 'Set-WebConfigurationProperty', 'Add-WebConfigurationProperty',
  'Remove-WebConfigurationProperty', 'Set-WebConfiguration', 'New-WebAppPool', 'Remove-WebAppPool',
  'New-WebBinding', 'Uninstall-WindowsFeature', '$cscript',
]);

const parser = new Parser();
parser.setLanguage(PowerShell);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('ps-parse: no script to parse');
  process.exit(1);
}
let failed = 0;
let commands = 0;
for (const file of files) {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  else {
    console.error(`${file}: no byte-order mark: Windows PowerShell would read it in the system's code page`);
    failed++;
  }
  const tree = parser.parse(text);
  const problems = [];
  const walk = (node) => {
    if (node.type === 'ERROR' || node.isMissing) problems.push(`${node.startPosition.row + 1}: ${node.type}`);
    if (node.type === 'command_name' || node.type === 'command_name_expr') {
      commands++;
      if (!COMMANDS.has(node.text)) problems.push(`${node.startPosition.row + 1}: unexpected command '${node.text}'`);
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  if (tree.rootNode.hasError && problems.length === 0) problems.push('the parse has an error');
  for (const p of problems) console.error(`${file}:${p}`);
  if (problems.length) failed++;
}
console.log(`ps-parse: ${files.length} scripts, ${commands} commands, ${failed} failed`);
process.exit(failed ? 1 : 0);
