#!/usr/bin/env python3
"""Times scipy.optimize.linear_sum_assignment(maximize=True) on the matrices of AssignmentBenchmark.

Usage: scipy_lsa.py MANIFEST [--warmup W] [--repeat R]

MANIFEST is the manifest.json written by dev.reverso.benchmarks.peers.ScipyExport: the same matrices
the JMH benchmark builds from the same seed (as .npy, NaN-free), with the optimum reverso's
LinearAssignment reaches on each and the tolerance allowed. For each matrix the script loads it, checks
that scipy's assignment is worth the same (a mismatch exits with status 1), runs W untimed warm-up
calls, then R timed calls (time.perf_counter around the call only; the matrix is already in memory,
as it is for the Java solvers), and prints one JSON document on stdout with best, median and mean
milliseconds, so that the numbers are comparable with JMH's average time per operation.

If scipy (or numpy) cannot be imported, the script prints a JSON document with "skipped" and the
reason, says so on stderr and exits 0: the rest of the run goes on. It never installs anything.
Python 3 standard library plus numpy and scipy only.
"""
import json
import os
import platform
import statistics
import sys
import time


def main(argv):
    if len(argv) < 2 or argv[1].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    manifest_path = argv[1]
    warmup = 2
    repeat = 7
    k = 2
    while k < len(argv):
        if argv[k] == "--warmup" and k + 1 < len(argv):
            warmup = int(argv[k + 1])
            k += 2
        elif argv[k] == "--repeat" and k + 1 < len(argv):
            repeat = int(argv[k + 1])
            k += 2
        else:
            print("unknown argument: " + argv[k], file=sys.stderr)
            return 2
    if repeat < 1 or warmup < 0:
        print("--repeat must be >= 1 and --warmup >= 0", file=sys.stderr)
        return 2

    try:
        import numpy
        import scipy
        from scipy.optimize import linear_sum_assignment
    except ImportError as e:
        reason = "scipy is not installed (%s); install python3-scipy to time it" % e
        print("scipy_lsa.py: skipped: " + reason, file=sys.stderr)
        print(json.dumps({"tool": "scipy", "skipped": reason}, indent=2))
        return 0

    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    base = os.path.dirname(os.path.abspath(manifest_path))
    results = []
    for m in manifest["matrices"]:
        scores = numpy.load(os.path.join(base, m["file"]), allow_pickle=False)
        rows, cols = linear_sum_assignment(scores, maximize=True)
        total = float(scores[rows, cols].sum())
        if abs(total - m["optimum"]) > m["tolerance"]:
            print("scipy_lsa.py: %s n=%d: scipy's optimum %.9f differs from reverso's %.9f by more than %.3g"
                  % (m["shape"], m["n"], total, m["optimum"], m["tolerance"]), file=sys.stderr)
            return 1
        for _ in range(warmup):
            linear_sum_assignment(scores, maximize=True)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            linear_sum_assignment(scores, maximize=True)
            times.append((time.perf_counter() - start) * 1000.0)
        results.append({
            "shape": m["shape"],
            "n": m["n"],
            "best_ms": min(times),
            "median_ms": statistics.median(times),
            "mean_ms": statistics.fmean(times),
            "runs": repeat,
            "warmup": warmup,
            "optimum": total,
            "reverso_optimum": m["optimum"],
        })
        print("scipy_lsa.py: %s n=%d median %.1f ms" % (m["shape"], m["n"], results[-1]["median_ms"]),
              file=sys.stderr)
    print(json.dumps({
        "tool": "scipy",
        "scipy_version": scipy.__version__,
        "numpy_version": numpy.__version__,
        "python_version": platform.python_version(),
        "seed": manifest.get("seed"),
        "results": results,
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
