#!/usr/bin/env bash
# Three instances of the examples application on this machine (profile cluster), sharing what a cluster shares:
# a ZooKeeper ensemble of three, a Kafka broker, the PBX simulators, a mail server and the CRM database (H2 server),
# all run by one more JVM (ClusterServices, from the test classes). Ctrl-C stops everything.
#   routes-examples/run-cluster.sh            # instances on http://localhost:8091, :8092, :8093
# Kill one (kill -9 on the pid printed) and watch /actuator/health's cluster.details.leader move to another.
set -euo pipefail
cd "$(dirname "$0")/.."
out=routes-examples/target/cluster
mkdir -p "$out"
rm -f "$out/services.properties"

echo "Building (jar, test classes, class path)..."
./mvnw -q -pl routes-examples -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/cluster/classpath.txt -Dmdep.includeScope=test
cp="routes-examples/target/test-classes:routes-examples/target/classes:$(cat "$out/classpath.txt")"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

java -cp "$cp" io.callcontrol.examples.cluster.ClusterServices "$out/services.properties" > "$out/services.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do [ -s "$out/services.properties" ] && break; sleep 1; done
[ -s "$out/services.properties" ] || { echo "the services did not start: see $out/services.log"; exit 1; }
grep -m1 "Cluster services running" "$out/services.log" || true

for n in 1 2 3; do
  java -Xmx384m -cp "$cp" io.callcontrol.examples.ExamplesApplication --spring.profiles.active=cluster \
    --spring.config.additional-location="file:$out/services.properties" \
    --server.port=$((8090 + n)) --callcontrol.portsip.webhook-port=$((18180 + n)) \
    --callcontrol.sipnative.listen-port=$((5070 + n)) --callcontrol.cluster.member-id=instance-$n \
    > "$out/instance-$n.log" 2>&1 &
  pids+=($!)
  echo "instance-$n: pid $!, http://localhost:$((8090 + n))/actuator/health, log $out/instance-$n.log"
done
echo "Ctrl-C stops the cluster."
wait
