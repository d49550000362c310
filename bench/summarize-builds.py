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
        by_variant = {v: {} for v in members}
        for r in rs:
            by_variant[r["variant"]][int(r["round"])] = int(r["ms"])
        rounds = sorted(by_variant[base])
        print(f"\n### {mode}: {group} ({count} workloads, {len(rounds)} rounds)\n")
        print("| variant | median ms | min–max ms | IQR ms | Δ median vs " + base + " ms | median of paired Δ ms (min–max) | ms / workload | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        bmed = statistics.median(by_variant[base].values())
        for v in members:
            xs = list(by_variant[v].values())
            med = statistics.median(xs)
            q1, q3 = quartiles(xs)
            if v == base:
                print(f"| {v} | {med:.0f} | {min(xs)}–{max(xs)} | {q1:.0f}–{q3:.0f} | | | | |")
                continue
            paired = [by_variant[v][i] - by_variant[base][i] for i in rounds if i in by_variant[v]]
            d = med - bmed
            print(f"| {v} | {med:.0f} | {min(xs)}–{max(xs)} | {q1:.0f}–{q3:.0f} | {d:+.0f} | {statistics.median(paired):+.0f} ({min(paired):+d}…{max(paired):+d}) | {d / count:.3f} | {med / bmed:.2f} |")
        pids = {r["server_pid"] for r in rs}
        if mode == "server-on":
            state = "one VBCSCompiler process served every timed build" if len(pids) == 1 and "-" not in pids and "" not in pids else "VBCSCompiler processes seen: " + ", ".join(sorted(pids))
            print(f"\ncompiler server: {state} (pid {', '.join(sorted(pids))})")


def profile(count, logs):
    rows = []
    for path in logs:
        text = open(path, errors="replace").read()
        def seconds(pattern):
            m = re.search(r"^\s*([0-9.<]+)\s+\d+\s+" + pattern, text, re.M)
            return float(m.group(1).lstrip("<")) * 1000 if m else float("nan")
        def task(name):
            m = re.search(r"^\s*(\d+) ms\s+" + name + r"\s+\d+ calls", text, re.M)
            return float(m.group(1)) if m else float("nan")
        def total(kind):
            m = re.search(r"Total " + kind + r" execution time:\s+([0-9.]+) seconds", text)
            return float(m.group(1)) * 1000 if m else float("nan")
        rows.append({
            "generator": seconds(r"ProbeGen\.Generator, Version"),
            "analyzer": seconds(r"ProbeGen\.Analyzers, Version"),
            "all generators": total("generator"),
            "all analyzers": total("analyzer"),
            "Csc task": task("Csc"),
            "WriteManifests task": task("WriteManifests"),
        })
    print(f"\n### Where the time goes (csc -reportanalyzer, server on, {len(rows)} builds, {count} workloads)\n")
    print("| step | median ms | per workload ms | runs ms |")
    print("|---|---:|---:|---|")
    for key in rows[0]:
        xs = [r[key] for r in rows]
        med = statistics.median(xs)
        print(f"| {key} | {med:.0f} | {med / count:.3f} | {', '.join(f'{x:.0f}' for x in xs)} |")
    print("\n(analyzer times are summed over threads; the generators run before binding, the analyzers concurrently with it.)")


if __name__ == "__main__":
    if sys.argv[1] == "--profile":
        profile(int(sys.argv[2]), sys.argv[3:])
    else:
        builds(sys.argv[1], int(sys.argv[2]))
