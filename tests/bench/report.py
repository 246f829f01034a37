"""Writes docs/benchmarks.md from the figures tests/bench/run collected.

Usage: report.py RESULTS OUTPUT
"""
import datetime
import os
import platform
import sys

results, output = sys.argv[1], sys.argv[2]
rows = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]
cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
lines = [
    "# Benchmarks",
    "",
    f"Measured by `tests/bench/run` on {datetime.date.today().isoformat()}: {cpu}, {os.cpu_count()} cores, "
    f"{platform.system()} {platform.release()}. Release build. Each figure sits beside a reference measured in the",
    "same run on the same machine, so a slower or busier machine moves both. These machines are shared: read the",
    "ratios and medians, not single runs.",
    "",
    "| measurement | figure | reference, same run | target |",
    "|---|---|---|---|",
]
lines += [f"| {' | '.join((row + ['', '', '', ''])[:4])} |" for row in rows]
lines += ["", "Rerun with `tests/bench/run`; `tests/bench/sandbox`, `tests/bench/kiosk` and `tests/bench/activation` run",
          "their parts alone.", ""]
with open(output, "w") as out:
    out.write("\n".join(lines))
print(f"wrote {output}: {len(rows)} figures")
