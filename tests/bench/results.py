"""Appends one benchmark figure to $BENCH_RESULTS (tests/bench/run collects them into
docs/benchmarks.md); does nothing when the variable is unset."""
import os


def record(measurement, value, reference="", target=""):
    path = os.environ.get("BENCH_RESULTS")
    if not path:
        return
    with open(path, "a") as results:
        results.write("\t".join([measurement, value, reference, target]) + "\n")
