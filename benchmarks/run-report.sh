#!/usr/bin/env bash
# Builds the benchmarks, runs them with a bounded set of parameters, and writes the report from that run:
# benchmarks/report/{jmh.json,soak.json,tracker-memory.json,machine.txt,*.png} and the generated part of
# benchmarks/README.md. Nothing in the report is typed by hand.
#
#   benchmarks/run-report.sh            # full: about 20 minutes on 2 cores (10-minute soak)
#   QUICK=1 benchmarks/run-report.sh    # short: about 8 minutes (1-minute soak, fewer points, short iterations)
#   PROFILE=1 ...                       # also record JFR of the consumer benchmarks and list their hot methods
#   SKIP_BUILD=1 ...                    # reuse benchmarks/target/benchmarks.jar
#   (smoke test of the script: BENCHES=<JMH regex> SOAK_SECONDS=5 OUT=/tmp/r README=/tmp/r/README.md)
#
# Run it on a quiet machine: the figures are only as good as the machine is idle.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-benchmarks/report}
README=${README:-benchmarks/README.md}
JAR=benchmarks/target/benchmarks.jar
mkdir -p "$OUT"
# the commit measured (the report's own files, rewritten by this run, do not make it dirty)
COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':(exclude)benchmarks/report' ':(exclude)benchmarks/README.md' || echo ' (with uncommitted changes)')"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -pl benchmarks -am package -DskipTests
fi

if [[ "${QUICK:-0}" == 1 ]]; then
  MODE="quick (QUICK=1)"
  JMH=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  INFLIGHT=1,8,64,512,4096
  CONSUMERS=1,10,100
  TRACKED=1000,10000,100000,1000000
  SOAK=60
else
  MODE="full"
  JMH=(-f 1 -wi 1 -w 2s -i 2 -r 3s)
  INFLIGHT=1,4,16,64,256,1024,4096
  CONSUMERS=1,3,10,30,100
  TRACKED=1000,10000,100000,1000000
  SOAK=600
fi
SOAK_SECONDS=${SOAK_SECONDS:-$SOAK}
JVM=(-Xms1g -Xmx1g)

{
  echo "host: $(uname -n) $(uname -srm)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') x $(nproc) (available to the JVM)"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "java: $(java -version 2>&1 | grep -v JAVA_TOOL_OPTIONS | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "started: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT"
} > "$OUT/machine.txt"
echo "$MODE; JMH ${JMH[*]}; JVM ${JVM[*]}" > "$OUT/mode.txt"
echo "$(cut -d' ' -f1 /proc/loadavg) $(nproc)" > "$OUT/load.txt"

BENCHES=${BENCHES:-'HttpVendorsBenchmark|HttpInFlightBenchmark|WsInFlightBenchmark|ConsumerBenchmark|NotificationFanoutBenchmark|PortasipNotificationBenchmark|PortasipWebSocketBenchmark|CallTrackerBenchmark|CallControlProducerBenchmark'}
java -jar "$JAR" "$BENCHES" "${JMH[@]}" -jvmArgs "${JVM[*]}" \
  -p inFlight="$INFLIGHT" -p consumers="$CONSUMERS" -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.log"

if [[ "${PROFILE:-0}" == 1 ]]; then
  rm -rf "$OUT/jfr"
  java -jar "$JAR" 'ConsumerBenchmark|PortasipNotificationBenchmark' -f 1 -wi 1 -w 2s -i 1 -r 5s \
    -prof "jfr:dir=$OUT/jfr" > "$OUT/jfr.log"
  java -cp "$JAR" io.callcontrol.bench.HotMethods "$OUT/jfr" > "$OUT/hot-methods.txt"
fi

java -Xms2g -Xmx2g -cp "$JAR" io.callcontrol.bench.TrackerMemory "$TRACKED" "$OUT/tracker-memory.json" || \
  echo "tracker memory row skipped (see above)"
java -Xms512m -Xmx512m -cp "$JAR" io.callcontrol.bench.Soak "$SOAK_SECONDS" "$OUT/soak.json"

java -Djava.awt.headless=true -cp "$JAR" io.callcontrol.bench.ReportRenderer "$OUT" "$README"
echo "done: $README, $OUT/"
