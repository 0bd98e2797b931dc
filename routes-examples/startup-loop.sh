#!/usr/bin/env bash
# Launches the examples application N times in a row (default 30; embedded profile, YAML routes: the mode where
# Camel 4.14.0's file cluster service deadlocked one launch in three) and counts the launches whose Camel context
# did not start, or whose master: event routes did not all take the leadership, within a bound per launch.
#   routes-examples/startup-loop.sh [launches] [seconds per launch]
# Needs the jar: ./mvnw -pl routes-examples -am package -DskipTests
set -uo pipefail
cd "$(dirname "$0")"
n=${1:-30}
bound=${2:-120}
jar=$(ls target/routes-examples-*.jar | grep -v original | head -1)
out=target/startup-loop
mkdir -p "$out"
hung=0
for i in $(seq 1 "$n"); do
  log="$out/launch-$i.log"
  : > "$log"
  start=$(date +%s)
  java -Xmx512m -jar "$jar" --callcontrol.examples.dsl=yaml --server.port=0 > "$log" 2>&1 &
  pid=$!
  ok=0
  while [ $(( $(date +%s) - start )) -lt "$bound" ]; do
    # started, and the leader runs every master: route's consumer (the 6 event routes of the embedded profile)
    if grep -q "Apache Camel .* started in" "$log" && [ "$(grep -c 'Consumer started' "$log")" -ge 6 ]; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  took=$(( $(date +%s) - start ))
  if [ "$ok" = 1 ]; then echo "launch $i: started in ${took}s"; else hung=$((hung + 1)); echo "launch $i: NOT started within ${bound}s (log $log)"; fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
done
echo "$n launches, $hung did not start"
[ "$hung" = 0 ]
