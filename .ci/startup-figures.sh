#!/usr/bin/env bash
# Start-up of the Linux release archive (README.md, "Performance"): unpacks target/iislint-*-linux-x64.tar.gz into
# an empty temporary folder and runs the benchmark's --dist case, which times, in turns, a hello-world on the
# archive's bundled runtime, the archive's launcher on the typical 89 KB config (no JAVA, no JAVA_HOME), the same
# without the AOT cache, and target/iislint against a hello-world on the JVM running this script; medians.
# Build first: mvn -B package -Pdist. Usage: .ci/startup-figures.sh [RUNS] (15 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
archives=(target/iislint-*-linux-x64.tar.gz)
[ ${#archives[@]} -eq 1 ] || { echo "build the archive first: mvn -B package -Pdist"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "${archives[0]}" -C "$tmp"
java -cp target/test-classes io.iislint.bench.Benchmark --dist "$(echo "$tmp"/iislint-*)" --runs "${1:-15}"
