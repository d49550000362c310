#!/usr/bin/env sh
# Prints the real-world corpus breakdown (testdata/real-world): rates per repository, the paths ProbeGen does not
# model by the number of documents using them, why imports are not lossless, and every error lint reports.
# Needs kubectl on PATH. Usage: eng/corpus-report.sh [report.md]
set -eu
cd "$(dirname "$0")/.."
report="${1:-$(mktemp)}"
case "$report" in /*) ;; *) report="$(pwd)/$report" ;; esac
PROBEGEN_CORPUS_REPORT="$report" dotnet test tests/ProbeGen.Cli.Tests --filter "FullyQualifiedName~RealWorldCorpusTests" --nologo -v quiet >&2
cat "$report"
