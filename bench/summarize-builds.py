#!/usr/bin/env python3
"""Summaries for compare-builds.sh.

  summarize-builds.py BUILDS.tsv COUNT              medians, spread, differences, ms per workload, ratio (markdown)
  summarize-builds.py --profile COUNT LOG...        ProbeGen's generator/analyzer time (csc /reportanalyzer) and task times
"""
import re
import statistics
import sys
from collections import OrderedDict


def quartiles(xs):
    xs = sorted(xs)
    if len(xs) < 4:
        return xs[0], xs[-1]
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[2]


def table(title, members, base, values, rounds, count):
    print(f"\n{title}\n")
    print("| variant | median ms | min–max ms | IQR ms | Δ median vs " + base + " ms | median of paired Δ ms (min–max) | ms / workload | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    bmed = statistics.median(values[base].values())
    for v in members:
        xs = list(values[v].values())
        med = statistics.median(xs)
        q1, q3 = quartiles(xs)
        if v == base:
            print(f"| {v} | {med:.0f} | {min(xs)}–{max(xs)} | {q1:.0f}–{q3:.0f} | | | | |")
            continue
        paired = [values[v][i] - values[base][i] for i in rounds if i in values[v]]
        d = med - bmed
        print(f"| {v} | {med:.0f} | {min(xs)}–{max(xs)} | {q1:.0f}–{q3:.0f} | {d:+.0f} | {statistics.median(paired):+.0f} ({min(paired):+d}…{max(paired):+d}) | {d / count:.3f} | {med / bmed:.2f} |")


def builds(path, count):
    rows = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    sets = OrderedDict()
    for r in rows:
        sets.setdefault((r["mode"], r["group"]), []).append(r)
    for (mode, group), rs in sets.items():
        members = group.split(",")
        base = members[0]
        wall = {v: {} for v in members}
        cpu = {v: {} for v in members}
        for r in rs:
            wall[r["variant"]][int(r["round"])] = int(r["ms"])
            if "cpu_ms" in r:
                server = int(r.get("server_cpu_ms") or 0) if mode == "server-on" else 0  # no server is used with it off
                cpu[r["variant"]][int(r["round"])] = int(r["cpu_ms"]) + server
        rounds = sorted(wall[base])
        table(f"### {mode}: {group} — wall clock ({count} workloads, {len(rounds)} rounds)", members, base, wall, rounds, count)
        if all(cpu[v] for v in members):
            table(f"#### {mode}: {group} — CPU time (build processes + compiler server)", members, base, cpu, rounds, count)
        pids = {r["server_pid"] for r in rs}
        if mode == "server-on":
            state = "one VBCSCompiler process served every timed build" if len(pids) == 1 and "-" not in pids and "" not in pids else "VBCSCompiler processes seen: " + ", ".join(sorted(pids))
            print(f"\ncompiler server: {state} (pid {', '.join(sorted(pids))})")


def profile(count, logs):
    by_variant = OrderedDict()
    for path in sorted(logs):
        m = re.search(r"profile-(.+)-\d+\.log$", path)
        variant = m.group(1) if m else path
        text = open(path, errors="replace").read()
        def seconds(pattern):
            m = re.search(r"^\s*([0-9.<]+)\s+\S+\s+" + pattern, text, re.M)
            return float(m.group(1).lstrip("<")) * 1000 if m else 0.0
        def task(name):
            m = re.search(r"^\s*(\d+) ms\s+" + name + r"\s+\d+ calls", text, re.M)
            return float(m.group(1)) if m else 0.0
        def total(kind):
            m = re.search(r"Total " + kind + r" execution time:\s+([0-9.]+) seconds", text)
            return float(m.group(1)) * 1000 if m else 0.0
        by_variant.setdefault(variant, []).append(OrderedDict([
            ("Csc task (the compile, as MSBuild waits for it)", task("Csc")),
            ("ProbeGen generator", seconds(r"ProbeGen\.Generator, Version")),
            ("ProbeGen analyzer (summed over threads)", seconds(r"ProbeGen\.Analyzers, Version")),
            ("all generators", total("generator")),
            ("all analyzers (summed over threads)", total("analyzer")),
            ("WriteManifests task", task("WriteManifests")),
        ]))
    variants = list(by_variant)
    runs = min(len(v) for v in by_variant.values())
    print(f"\n### Where the time goes (csc -reportanalyzer and MSBuild's performance summary, server on, {count} workloads; median of {runs} builds, ms)\n")
    print("| step | " + " | ".join(variants) + " |")
    print("|---|" + "---:|" * len(variants))
    for key in by_variant[variants[0]][0]:
        cells = []
        for v in variants:
            xs = [r[key] for r in by_variant[v]]
            cells.append(f"{statistics.median(xs):.0f}")
        print(f"| {key} | " + " | ".join(cells) + " |")
    print("\n(the generators run before the compilation is bound; the analyzers run concurrently with it, and their time is summed over threads.)")


if __name__ == "__main__":
    if sys.argv[1] == "--profile":
        profile(int(sys.argv[2]), sys.argv[3:])
    else:
        builds(sys.argv[1], int(sys.argv[2]))
