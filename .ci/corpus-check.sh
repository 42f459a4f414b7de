#!/usr/bin/env bash
# Lints every file of the shared third-party corpus, one run each, with the built jar.
# Fails on any stack trace, any exit code other than 0/1/2, or any run longer than 10 seconds.
# Prints the counts of files linted (exit 0 or 1) and refused (exit 2 with a one-line reason).
set -uo pipefail
corpus=${1:-../shared/corpus}
jar=${2:-target/iislint.jar}
if [ ! -d "$corpus" ]; then
  echo "corpus check: $corpus not found, skipped"
  exit 0
fi
linted=0; refused=0; failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS= read -r -d '' f; do
  timeout 10 java -jar "$jar" check --color never "$f" >"$tmp/out" 2>"$tmp/err"
  code=$?
  if [ $code -eq 124 ]; then
    echo "FAIL (over 10 s): $f"; failed=$((failed + 1)); continue
  fi
  if grep -qE '^[[:space:]]+at [a-zA-Z]|Exception in thread|^Caused by:' "$tmp/out" "$tmp/err"; then
    echo "FAIL (stack trace, exit $code): $f"; sed -n 1,20p "$tmp/err"; failed=$((failed + 1)); continue
  fi
  case $code in
    0|1) linted=$((linted + 1)) ;;
    2)
      refused=$((refused + 1))
      if [ "$(wc -l <"$tmp/err")" -ne 1 ] || ! grep -qE '^.+:[0-9]+:[0-9]+: error: ' "$tmp/err"; then
        echo "FAIL (refused without exactly one file:line:col line): $f"; cat "$tmp/err"; failed=$((failed + 1))
      else
        echo "refused: $(cat "$tmp/err")"
      fi
      ;;
    *) echo "FAIL (exit $code): $f"; failed=$((failed + 1)) ;;
  esac
done < <(find "$corpus" -type f -print0 | sort -z)
echo "corpus check: $linted linted, $refused refused, $failed failed"
[ $failed -eq 0 ]
