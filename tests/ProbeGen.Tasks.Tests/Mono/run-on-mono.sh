#!/usr/bin/env bash
# Runs the net472 build of the task on Mono (apt-get install mono-devel): the same scenarios as the task tests, on a
# .NET Framework-compatible runtime. Usage: tests/ProbeGen.Tasks.Tests/Mono/run-on-mono.sh [Configuration]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
configuration="${1:-Debug}"
command -v mono >/dev/null && command -v mcs >/dev/null || { echo "needs mono and mcs (apt-get install mono-devel)" >&2; exit 2; }
dotnet build "$repo/src/Tasks/ProbeGen.Tasks.csproj" -f net472 -c "$configuration" -nologo -v:q >/dev/null
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The task's net472 output (ProbeGen.Tasks.dll, System.Reflection.Metadata.dll and what it needs), and MSBuild's own
# .NET Framework assemblies, as MSBuild would provide them.
cp "$repo/src/Tasks/bin/$configuration/net472/"*.dll "$work/"
for lib in microsoft.build.framework/17.11.48/lib/net472/Microsoft.Build.Framework.dll \
           microsoft.build.utilities.core/17.11.48/lib/net472/Microsoft.Build.Utilities.Core.dll \
           microsoft.net.stringtools/17.11.48/lib/net472/Microsoft.NET.StringTools.dll \
           microsoft.io.redist/6.1.0/lib/net472/Microsoft.IO.Redist.dll \
           system.configuration.configurationmanager/8.0.0/lib/net462/System.Configuration.ConfigurationManager.dll; do
  cp "$packages/$lib" "$work/"
done
mcs -nologo -target:library -out:"$work/Consumer.dll" "$here/Consumer.cs"
mcs -nologo -out:"$work/MonoHarness.exe" -r:"$work/ProbeGen.Tasks.dll" -r:"$work/Microsoft.Build.Framework.dll" -r:"$work/Microsoft.Build.Utilities.Core.dll" -r:System.Core.dll "$here/MonoHarness.cs"
mkdir -p "$work/run"
cd "$work" && mono MonoHarness.exe "$work/Consumer.dll" "$work/run"
