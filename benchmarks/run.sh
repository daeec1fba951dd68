#!/usr/bin/env bash
# Builds the benchmarks module and runs every benchmark with its peers, then writes
# benchmarks/results/latest.md (tables, ratios, DESIGN §6 targets, machine) from the JMH JSON files
# (benchmarks/results/jmh-*.json) and scipy's timings (benchmarks/results/scipy.json).
#
#   benchmarks/run.sh           full run (JMH defaults of each class: 2 forks, 3 warm-up and 5 measured
#                               iterations where the class says so; well over an hour on 2 cores)
#   benchmarks/run.sh --quick   1 fork, short iterations, fewer sizes: about 10 minutes on 2 cores
#   benchmarks/run.sh --smoke   every benchmark once on its smallest input: checks the harness, the
#                               numbers mean nothing (a few minutes)
#
# Environment: MVN_FLAGS (e.g. "-o" to build offline), PYTHON (default python3), SKIP_BUILD=1 to reuse
# benchmarks/target/benchmarks.jar. A peer that does not reach our optimum fails the run (-foe true).
set -euo pipefail

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
QUICK=0
SMOKE=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --smoke) SMOKE=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RESULTS="benchmarks/results"
JAR="benchmarks/target/benchmarks.jar"
PYTHON="${PYTHON:-python3}"
mkdir -p "$RESULTS"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
STARTED="$(date -u +%s)"
MODE=full
[ "$QUICK" = 1 ] && MODE=quick
[ "$SMOKE" = 1 ] && MODE=smoke
echo "run.sh: $MODE run, load average at start: $LOAD_START"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am package -DskipTests
fi

rm -f "$RESULTS"/jmh-*.json "$RESULTS"/scipy.json
HEAP_PROF="-prof dev.reverso.benchmarks.HeapProfiler"

# jmh NAME SELECTOR [JMH options...]: one JMH invocation, its JSON in results/jmh-NAME.json.
jmh() {
  local name="$1" selector="$2"
  shift 2
  echo "run.sh: JMH $selector $*"
  java -jar "$JAR" "$selector" -foe true -rf json -rff "$RESULTS/jmh-$name.json" "$@"
}

SCIPY_SIZES=(500 1000 2000)
if [ "$SMOKE" = 1 ]; then
  ONCE=(-f 1 -wi 0 -i 1 -r 200ms)
  jmh scoring    'ScoringBenchmark'                        "${ONCE[@]}"
  jmh assignment 'AssignmentBenchmark.assign'              "${ONCE[@]}" -p n=500
  jmh jgrapht    'AssignmentBenchmark.jgraphtKuhnMunkres'  "${ONCE[@]}" -p n=500 -p shape=UNIFORM
  jmh capacity   'CapacityBenchmark'                       "${ONCE[@]}"
  jmh stable     'StableBenchmark'                         "${ONCE[@]}" -p n=1000
  jmh endtoend   'EndToEndBenchmark'                       "${ONCE[@]}" -p n=500 \
                 -jvmArgsAppend "-Xms1g -Xmx1g" $HEAP_PROF
  # At 2 000 x 2 000 optimal takes its dense path, so matcherOptimal (which checks that) is left out.
  jmh sparse     'SparseBenchmark.(candidateLists|sparseAssignment|candidatesThenAssignment)' "${ONCE[@]}" \
                 -p n=2000 -jvmArgsAppend "-Xms2g -Xmx2g" $HEAP_PROF
  SCIPY_ARGS=(--warmup 0 --repeat 1)
  SCIPY_SIZES=(500)
elif [ "$QUICK" = 1 ]; then
  SHORT=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  jmh scoring    'ScoringBenchmark'                        -f 1 -wi 1 -w 1s -i 3 -r 1s
  jmh assignment 'AssignmentBenchmark.assign'              "${SHORT[@]}"
  jmh jgrapht    'AssignmentBenchmark.jgraphtKuhnMunkres'  -f 1 -wi 0 -i 1 -p shape=UNIFORM
  jmh capacity   'CapacityBenchmark'                       "${SHORT[@]}"
  jmh stable     'StableBenchmark'                         "${SHORT[@]}" -p n=5000
  jmh endtoend   'EndToEndBenchmark'                       "${SHORT[@]}" -p n=1000,5000 \
                 -jvmArgsAppend "-Xms1g -Xmx1g" $HEAP_PROF
  jmh sparse     'SparseBenchmark'                         -f 1 -wi 0 -i 1 -p n=20000 -jvmArgsAppend "-Xms2g -Xmx2g" $HEAP_PROF
  SCIPY_ARGS=(--warmup 1 --repeat 5)
else
  jmh scoring    'ScoringBenchmark'
  jmh assignment 'AssignmentBenchmark.assign'
  jmh jgrapht    'AssignmentBenchmark.jgraphtKuhnMunkres'
  jmh capacity   'CapacityBenchmark'
  jmh stable     'StableBenchmark'
  jmh endtoend   'EndToEndBenchmark'  -jvmArgsAppend "-Xms1g -Xmx1g" $HEAP_PROF
  jmh sparse     'SparseBenchmark'    -p n=20000 -jvmArgsAppend "-Xms2g -Xmx2g" $HEAP_PROF
  # 100 000 x 100 000 (DESIGN §6: library call <= 60 s in 4 GiB): one measured call per benchmark.
  jmh sparse100k 'SparseBenchmark.(matcherOptimal|candidateLists|sparseAssignment|orToolsMinCostFlow)' \
                 -f 1 -wi 0 -i 1 -p n=100000 -jvmArgsAppend "-Xms4g -Xmx4g" $HEAP_PROF
  SCIPY_ARGS=(--warmup 2 --repeat 10)
fi

# scipy on the very matrices of AssignmentBenchmark (same seed), written by the Java side.
if command -v "$PYTHON" >/dev/null 2>&1 && "$PYTHON" -c 'import scipy' 2>/dev/null; then
  MATRICES="$(mktemp -d)"
  trap 'rm -rf "$MATRICES"' EXIT
  java -cp "$JAR" dev.reverso.benchmarks.peers.ScipyExport "$MATRICES" "${SCIPY_SIZES[@]}"
  "$PYTHON" benchmarks/peers/scipy_lsa.py "$MATRICES/manifest.json" "${SCIPY_ARGS[@]}" > "$RESULTS/scipy.json"
else
  echo "run.sh: scipy is not importable with $PYTHON: skipping the scipy peer (install python3-scipy)" >&2
  printf '{\n  "tool": "scipy",\n  "skipped": "scipy is not importable with %s"\n}\n' "$PYTHON" > "$RESULTS/scipy.json"
fi

LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
MINUTES=$(( ($(date -u +%s) - STARTED + 59) / 60 ))
java -cp "$JAR" dev.reverso.benchmarks.report.ResultsTable "$RESULTS" \
  --mode "$MODE (about $MINUTES min, build included)" \
  --load-start "$LOAD_START (1, 5, 15 min)" --load-end "$LOAD_END" \
  --command "benchmarks/run.sh$([ "$MODE" != full ] && echo " --$MODE")"
echo "run.sh: done in about $MINUTES min"
