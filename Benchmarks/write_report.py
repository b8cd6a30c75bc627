"""Writes BENCHMARKS.md from the RESULT lines run-all.sh collected: each figure's median next to its baseline from
the same run, with the ratio, and the machine and commit they were measured on.

    python3 write_report.py --results <file> --runs <file> --repo <repository> --output <BENCHMARKS.md>

A results line is `<script> <figure> <median> <unit> <baseline> <baseline median>`; a runs line is
`<script> ok|failed <seconds>`.
"""
import argparse
import datetime
import os
import platform
import subprocess
import sys


def command(*args, cwd=None):
    try:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as error:
        return f"unknown ({error})"


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), model)
    except OSError:
        pass
    memory = "unknown"
    try:
        with open("/proc/meminfo") as meminfo:
            kib = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal:"))
            memory = f"{kib / 1048576:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return model, cores, memory


def read_results(path):
    rows = []
    with open(path) as file:
        for number, line in enumerate(file, 1):
            fields = line.split()
            if len(fields) != 6:
                sys.exit(f"{path}:{number}: error: expected `<script> <figure> <median> <unit> <baseline> "
                         f"<baseline median>`, got {line.strip()!r}")
            script, figure, value, unit, baseline, baseline_value = fields
            try:
                value, baseline_value = float(value), float(baseline_value)
            except ValueError:
                sys.exit(f"{path}:{number}: error: a median is not a number: {line.strip()!r}")
            rows.append((script, figure, value, unit, baseline, baseline_value))
    return rows


def number(value):
    return f"{value:.0f}" if value >= 100 else f"{value:.3g}" if value < 10 else f"{value:.1f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--runs", required=True)
    parser.add_argument("--repo", required=True)
    parser.add_argument("--output", required=True)
    options = parser.parse_args()
    rows = read_results(options.results)
    with open(options.runs) as file:
        runs = [line.split() for line in file if line.strip()]
    model, cores, memory = machine()
    commit = command("git", "rev-parse", "--short", "HEAD", cwd=options.repo)
    dirty = command("git", "status", "--porcelain", "--untracked-files=no", cwd=options.repo)
    subject = command("git", "log", "-1", "--format=%s", cwd=options.repo)
    swift = (command("swift", "--version").splitlines() or ["unknown"])[0]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`Benchmarks/run-all.sh`, `Benchmarks/write_report.py`); do not edit by hand. Each figure",
        "is a median, next to its baseline measured in the same run; the ratio is figure / baseline (for a rate, such as",
        "calls/s or GB/s, higher is better; for a time or a size, lower is better). Each script's header says what it",
        "measures.",
        "",
        f"- Commit: `{commit}` {subject}" + (" (with uncommitted changes)" if dirty else ""),
        f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {model}, {cores} cores, {memory} of memory, {platform.system()} {platform.release()}",
        f"- Toolchain: {swift}; Python {platform.python_version()}",
        "",
        "| Benchmark | Figure | Median | Baseline | Baseline median | Ratio |",
        "|---|---|---:|---|---:|---:|",
    ]
    for script, figure, value, unit, baseline, baseline_value in rows:
        ratio = f"{value / baseline_value:.2f}" if baseline_value else "n/a"
        lines.append(f"| {script} | {figure} | {number(value)} {unit} | {baseline} | {number(baseline_value)} {unit} | {ratio} |")
    lines += ["", "| Script | Status | Wall time |", "|---|---|---:|"]
    for script, status, seconds in runs:
        lines.append(f"| `Benchmarks/{script}.sh` | {status} | {seconds} s |")
    with open(options.output, "w") as file:
        file.write("\n".join(lines) + "\n")
    print(f"wrote {options.output}: {len(rows)} figures from {len(runs)} benchmarks")


if __name__ == "__main__":
    main()
