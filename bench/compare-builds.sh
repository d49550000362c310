#!/usr/bin/env bash
# What ProbeGen adds to `dotnet build` after a one-line edit, as differences of medians over alternating runs.
#
#   bench/compare-builds.sh [--count 1000] [--rounds 9] [--server on|off|both] [--groups "baseline,probegen,probegen-gen baseline-k8s,probegen-k8s"]
#                           [--profile 3] [--mix clean|diagnostics] [--smoke] [--keep-server] [--before REV]
#
# 1. builds ProbeGen (src/) in Release and writes the benchmark project (bench/ProjectGenerator) to bench/out/w<count>;
# 2. restores every variant once, then for each compiler-server mode and each group of variants: two warm-up builds of
#    each variant, then <rounds> rounds; a round edits one line of one workload file (the body of Revision() in the
#    first workload's file, shared by all variants) and builds every variant of the group with
#    `dotnet build --no-restore -p:UseSharedCompilation=true|false`, in forward order on even rounds and reverse order
#    on odd ones (alternating pairs), timing each build's wall clock;
# 3. prints, per group, each variant's median, min/max and IQR, and the difference of medians to the group's first
#    variant (the baseline), the median of the paired differences, ms per workload and the ratio; the same for CPU
#    time (the build's processes + the compiler server's), which other work on a shared machine disturbs far less;
# 4. with the server on, --profile N builds each variant N more times with -p:ReportAnalyzer=true and prints the time
#    the compiler reports for ProbeGen's generator and analyzer, and MSBuild's time for the Csc and WriteManifests tasks.
#
# --mix diagnostics: the diagnostics-heavy workloads (bench/ProjectGenerator/Workloads.cs: most workloads draw info
# diagnostics and a quarter a warning, none an error), written to bench/out/w<count>-diagnostics.
#
# --before REV: also builds ProbeGen at git revision REV (a detached worktree in bench/out/before-src) and offers
# every variant V as V-before, the same project against that build, so a change is measured before and after side by
# side in one run: e.g. --before main --groups "baseline,probegen-before,probegen".
#
# Raw timings: bench/out/w<count>[-diagnostics]/results/builds-<date>.tsv. This environment exports UseSharedCompilation=false and
# MSBUILDDISABLENODEREUSE=1: every build here passes UseSharedCompilation explicitly; the compiler server
# (VBCSCompiler) is independent of MSBuild node reuse, and the script checks with ps that one server process served
# every "server on" build. At the end: `dotnet build-server shutdown --vbcscompiler` (unless --keep-server).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)

count=1000
rounds=9
server=both
groups="baseline,probegen,probegen-gen baseline-k8s,probegen-k8s"
profile=3
before=""
keep_server=0
mix=clean
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --rounds|--pairs) rounds=$2; shift 2 ;;
    --server) server=$2; shift 2 ;;
    --groups) groups=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --keep-server) keep_server=1; shift ;;
    --mix) mix=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --smoke) count=20; rounds=1; server=on; groups="baseline,probegen"; profile=1; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$mix" in clean) suffix="" ;; diagnostics) suffix="-diagnostics" ;; *) echo "--mix clean|diagnostics" >&2; exit 2 ;; esac
case "$server" in on) modes="true" ;; off) modes="false" ;; both) modes="true false" ;; *) echo "--server on|off|both" >&2; exit 2 ;; esac

out="$repo/bench/out/w$count$suffix"
logs="$out/logs"
mkdir -p "$logs" "$out/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
tsv="$out/results/builds-$stamp.tsv"
echo -e "mode\tgroup\tround\torder\tvariant\tms\tserver_pid\tcpu_ms\tserver_cpu_ms" > "$tsv"

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
server_pids() { pgrep -f 'VBCSCompiler' 2>/dev/null | sort -n | tr '\n' ' ' | sed 's/ $//' || true; }
# CPU time (ms) used so far by the compiler server process(es): utime + stime from /proc/<pid>/stat.
tck=$(getconf CLK_TCK)
server_cpu_ms() {
  local total=0 pid
  for pid in $(server_pids); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo $((total * 1000 / tck))
}

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GiB, dotnet $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"

log "building ProbeGen (src/) in Release"
dotnet build "$repo/src/Abstractions/ProbeGen.Abstractions.csproj" -c Release -nologo -v:q > "$logs/src-build.log" 2>&1 \
  || { tail -30 "$logs/src-build.log"; exit 1; }

log "writing $count workloads ($mix) to $out"
dotnet run --project "$repo/bench/ProjectGenerator" -c Release -- --count "$count" --mix "$mix" --out "$out" --repo "$repo" --src-configuration Release > "$logs/generate.log" 2>&1 \
  || { cat "$logs/generate.log"; exit 1; }
edit_target=$(cat "$out/edit-target.txt")
log "diagnostics the workloads draw: $(grep -E 'expected|at least' "$logs/generate.log" | sed 's/^ *//' | tr '\n' ';')"

variants=$(echo "$groups" | tr ' ,' '\n\n' | sort -u | tr '\n' ' ')
if [ -n "$before" ]; then
  before_src="$repo/bench/out/before-src"
  log "building ProbeGen at $before in $before_src"
  git -C "$repo" worktree remove --force "$before_src" > /dev/null 2>&1 || rm -rf "$before_src"
  git -C "$repo" worktree prune
  git -C "$repo" worktree add --detach "$before_src" "$before" > "$logs/before-worktree.log" 2>&1 || { cat "$logs/before-worktree.log"; exit 1; }
  # Another assembly version: one compiler server serves both builds, and it loads an analyzer dependency
  # (ProbeGen.Core.dll) of a given identity once, so with equal versions the second ProbeGen loaded ran on the first
  # one's Core (or failed to load, AD0001/CS8785) and its timings measured that.
  dotnet build "$before_src/src/Abstractions/ProbeGen.Abstractions.csproj" -c Release -nologo -v:q -p:Version=0.0.1-before > "$logs/before-src-build.log" 2>&1 \
    || { tail -30 "$logs/before-src-build.log"; exit 1; }
  for v in $variants; do
    case "$v" in
      *-before)
        base=${v%-before}
        [ -f "$out/$base/Bench.Workloads.csproj" ] || { echo "no variant '$base' in $out for '$v'" >&2; exit 2; }
        rm -rf "$out/$v"; mkdir -p "$out/$v"
        # The same project, every reference to this checkout's build pointed at the before-build.
        sed "s#$repo/src/#$before_src/src/#g" "$out/$base/Bench.Workloads.csproj" > "$out/$v/Bench.Workloads.csproj"
        grep -q "$before_src/src/" "$out/$v/Bench.Workloads.csproj" || { echo "variant '$base' references no ProbeGen build" >&2; exit 2; }
        ;;
    esac
  done
fi
for v in $variants; do
  [ -f "$out/$v/Bench.Workloads.csproj" ] || { echo "no variant '$v' in $out" >&2; exit 2; }
  log "restoring $v"
  dotnet restore "$out/$v" -nologo -v:q > "$logs/restore-$v.log" 2>&1 || { tail -30 "$logs/restore-$v.log"; exit 1; }
done

revision=0
edit() {
  revision=$((revision + 1))
  sed -i -E "s/(public static int Revision\(\) => )[0-9]+;/\1$revision;/" "$edit_target"
  grep -q "Revision() => $revision;" "$edit_target" || { echo "the edit did not apply to $edit_target" >&2; exit 1; }
}

build() { # variant mode -> prints "wall_ms cpu_ms server_cpu_ms"
  # Wall clock is what the goals are judged on; CPU time (the build's own processes, csc included when it runs
  # in-process; and the compiler server's, read from /proc) is far less disturbed by other work on a shared machine.
  local v=$1 mode=$2 t0 t1 s0=0 s1=0 cpu
  [ "$mode" = true ] && s0=$(server_cpu_ms)
  t0=$(now_ms)
  if ! /usr/bin/time -f "%U %S" -o "$logs/time-$v.txt" dotnet build "$out/$v" --no-restore -nologo -v:q -p:UseSharedCompilation="$mode" > "$logs/build-$v.log" 2>&1; then
    tail -40 "$logs/build-$v.log" >&2; exit 1
  fi
  t1=$(now_ms)
  # A generator or analyzer that did not load or threw is not a build to time.
  if grep -q "warning AD0001\|warning CS8785\|warning CS8032" "$logs/build-$v.log"; then
    echo "$v: a generator or analyzer failed in this build (not timed):" >&2; grep "AD0001\|CS8785\|CS8032" "$logs/build-$v.log" | head -5 >&2; exit 1
  fi
  [ "$mode" = true ] && s1=$(server_cpu_ms)
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$logs/time-$v.txt")
  echo "$((t1 - t0)) $cpu $((s1 - s0))"
}

for mode in $modes; do
  [ "$mode" = true ] && label="server-on" || label="server-off"
  # A fresh server for "on"; none left over (idle, or timing out mid-run) for "off".
  dotnet build-server shutdown --vbcscompiler > /dev/null 2>&1 || true
  gi=0
  for group in $groups; do
    gi=$((gi + 1))
    IFS=, read -r -a members <<< "$group"
    log "$label, group $gi ($group): warm-up"
    for w in 1 2; do edit; for v in "${members[@]}"; do build "$v" "$mode" > /dev/null; done; done
    for ((r = 0; r < rounds; r++)); do
      edit
      if ((r % 2 == 0)); then order=("${members[@]}"); else order=(); for ((k = ${#members[@]} - 1; k >= 0; k--)); do order+=("${members[k]}"); done; fi
      line=""
      for ((k = 0; k < ${#order[@]}; k++)); do
        v=${order[k]}
        read -r ms cpu scpu < <(build "$v" "$mode")
        pids=$( [ "$mode" = true ] && server_pids || echo "-" )
        echo -e "$label\t$group\t$r\t$k\t$v\t$ms\t${pids:--}\t$cpu\t$scpu" >> "$tsv"
        line+=" $v=${ms}ms(cpu $((cpu + scpu)))"
      done
      log "$label round $((r + 1))/$rounds:$line"
    done
  done
  if [ "$mode" = true ]; then
    log "compiler server processes now: $(ps -o pid=,etime=,args= -p "$(server_pids | tr ' ' ',')" 2>/dev/null | cut -c1-120 | tr '\n' ';' || echo none)"
  fi
done

python3 "$here/summarize-builds.py" "$tsv" "$count"

if [ "$profile" -gt 0 ] && [[ " $modes " == *" true "* ]]; then
  rm -f "$logs"/profile-*.log
  log "profile: $profile builds of each variant ($variants) with -p:ReportAnalyzer=true -clp:PerformanceSummary (server on)"
  for ((p = 1; p <= profile; p++)); do
    for v in $variants; do
      edit
      dotnet build "$out/$v" --no-restore -nologo -v:d -p:UseSharedCompilation=true -p:ReportAnalyzer=true -clp:PerformanceSummary \
        > "$logs/profile-$v-$p.log" 2>&1 || { tail -40 "$logs/profile-$v-$p.log"; exit 1; }
    done
  done
  python3 "$here/summarize-builds.py" --profile "$count" "$logs"/profile-*.log
fi

if [ "$keep_server" -eq 0 ]; then dotnet build-server shutdown --vbcscompiler > /dev/null 2>&1 || true; log "compiler server shut down"; fi
log "raw timings: $tsv"
