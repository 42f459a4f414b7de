#!/usr/bin/env bash
# check --fix --unsafe-fixes on a temporary copy of every file of the shared third-party corpus (each in a folder
# of its own, all in one run, so that it takes seconds), with the built jar. For each file: the --diff printed
# first is what --fix then writes (the lines removed and added are the same), the fixed file is well-formed XML
# with the same byte-order mark and line endings, and a file with nothing to fix (or refused) is left byte for
# byte as it was; a run after --fix finds nothing left to fix (no diff). No stack trace, no exit other than 0/1/2.
# Prints each fixed file's count of lines removed and added.
set -uo pipefail
corpus=${1:-../shared/corpus}
jar=${2:-target/iislint.jar}
if [ ! -d "$corpus" ]; then
  echo "corpus fix check: $corpus not found, skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
files=()
while IFS= read -r -d '' f; do
  n=$((n + 1))
  mkdir -p "$tmp/orig/$n" "$tmp/work/$n"
  cp "$f" "$tmp/orig/$n/"; cp "$f" "$tmp/work/$n/"
  files+=("$tmp/work/$n/$(basename "$f")")
  echo "$n/$(basename "$f") ${f#"$corpus"/}" >>"$tmp/names"
done < <(find "$corpus" -type f -print0 | sort -z)
run() { timeout 120 java -jar "$jar" check --no-config --color never --unsafe-fixes "$@" "${files[@]}"; }
run --diff >"$tmp/diff" 2>"$tmp/diff.err"; e1=$?
run --fix >"$tmp/fix.out" 2>"$tmp/fix.err"; e2=$?
run --diff >"$tmp/again" 2>"$tmp/again.err"; e3=$?
for e in $e1 $e2 $e3; do
  case $e in 0|1|2) ;; *) echo "corpus fix check: FAIL (exit $e)"; cat "$tmp"/*.err | sed -n 1,20p; exit 1 ;; esac
done
if grep -qE '^[[:space:]]+at [a-zA-Z]|Exception in thread|^Caused by:' "$tmp"/*.err "$tmp/fix.out"; then
  echo "corpus fix check: FAIL (stack trace)"; cat "$tmp"/*.err | sed -n 1,40p; exit 1
fi
if [ -s "$tmp/again" ]; then
  echo "corpus fix check: FAIL (something left to fix after --fix)"; sed -n 1,40p "$tmp/again"; exit 1
fi
echo "after --fix: $(grep "^iislint: fixed" "$tmp/fix.err")"
python3 - "$tmp" <<'PY'
import sys, difflib, xml.dom.minidom
tmp = sys.argv[1]
diffs, cur = {}, None
for line in open(tmp + '/diff', encoding='utf-8').read().splitlines():
    if line.startswith('--- '): cur = line[4:].split('/work/', 1)[1]; diffs[cur] = []
    elif not line.startswith('+++ '): diffs[cur].append(line)
def text(b):
    for bom, enc in ((b'\xef\xbb\xbf', 'utf-8'), (b'\xff\xfe', 'utf-16-le'), (b'\xfe\xff', 'utf-16-be')):
        if b.startswith(bom): return bom, b[len(bom):].decode(enc)
    return b'', b.decode('utf-8', 'replace')
def endings(t): return [x > 0 for x in (t.count('\r\n'), t.replace('\r\n', '').count('\n'), t.replace('\r\n', '').count('\r'))]
shown = lambda l: '(secret, not shown)' not in l and '\\u{' not in l
failed = fixed = untouched = 0
for entry in open(tmp + '/names', encoding='utf-8').read().splitlines():
    rel, name = entry.split(' ', 1)
    orig, new = open(tmp + '/orig/' + rel, 'rb').read(), open(tmp + '/work/' + rel, 'rb').read()
    if rel not in diffs:
        if orig != new: print('FAIL (changed, though the diff showed nothing to fix): ' + name); failed += 1
        else: untouched += 1
        continue
    (bom1, t1), (bom2, t2) = text(orig), text(new)
    problems = []
    if bom1 != bom2: problems.append('byte-order mark changed')
    if endings(t1) != endings(t2): problems.append('line endings changed')
    try: xml.dom.minidom.parseString(new)
    except Exception as x: problems.append('not well-formed: %s' % x)
    l1, l2 = t1.splitlines(), t2.splitlines()
    removed, added = [], []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, l1, l2, autojunk=False).get_opcodes():
        if op != 'equal': removed += l1[a1:a2]; added += l2[b1:b2]
    d = diffs[rel]
    dr = [l[1:] for l in d if l.startswith('-')]
    da = [l[1:] for l in d if l.startswith('+')]
    if sorted(filter(shown, removed)) != sorted(filter(shown, dr)) or sorted(filter(shown, added)) != sorted(filter(shown, da)):
        problems.append('the file changed elsewhere than the diff said')
    if problems: print('FAIL (%s): %s' % ('; '.join(problems), name)); failed += 1; continue
    print('fixed: %s: %d lines removed, %d added (of %d)' % (name, len(removed), len(added), len(l1)))
    fixed += 1
print('corpus fix check: %d fixed, %d untouched (nothing to fix, or refused), %d failed' % (fixed, untouched, failed))
sys.exit(1 if failed else 0)
PY
