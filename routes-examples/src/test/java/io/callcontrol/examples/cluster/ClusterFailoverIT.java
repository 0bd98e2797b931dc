package io.callcontrol.examples.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances of the examples application as separate JVMs ({@code --spring.profiles.active=cluster}) on a
 * ZooKeeper ensemble of three, one Kafka broker, the PBX simulators and one CRM database ({@link ClusterServices}).
 * Click-to-dial requests to PortSIP, PortaSIP, UC dialogs and BroadWorks arrive on the {@code click-to-dial} topic
 * (consumed by all three), the PBXs' calls produce events (consumed by the leader), and the leader is killed
 * ({@code kill -9}). The far ends (the simulators' test hooks, UC dialogs' DELETE) hang calls up, answered and
 * unanswered ones, while the old leader runs, after the kill before a new leader's consumers run, and after. Measured
 * and asserted, per vendor: a new leader within a bound (printed), every request dialled exactly once (counted on its
 * PBX simulator's wire), no event id written twice to {@code call-events}, every dialled call's final state on
 * {@code call-events} (the calls that ended while no instance led get theirs from the new leader's hand-over,
 * {@link LeadershipReconcile}), exactly one CRM call-log row per call.
 */
class ClusterFailoverIT {

    static final int INSTANCES = 3;
    static final Duration STARTUP_BOUND = Duration.ofMinutes(4);
    static final Duration FAILOVER_BOUND = Duration.ofSeconds(60);
    static final Duration SETTLE_BOUND = Duration.ofSeconds(120);
    static final ObjectMapper JSON = new ObjectMapper();

    static ClusterServices services;
    static final List<Instance> instances = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Instance(int n, Process process, int port, Path log) {
    }

    @BeforeAll
    static void startCluster() throws Exception {
        services = new ClusterServices();
        Path dir = Path.of("target", "cluster-it");
        Files.createDirectories(dir);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int n = 1; n <= INSTANCES; n++) {
            Map<String, String> props = new LinkedHashMap<>(services.instanceProperties());
            props.putAll(ClusterServices.ownPorts());
            props.put("callcontrol.cluster.member-id", "instance-" + n);
            // calls to 1003 are never answered: they end by themselves; answered ones are hung up after 1.5 s
            props.put("callcontrol.examples.day.talk-time", "1500");
            // no call is the scripted flow's (hold, unhold, hang up one after the other): all are hung up after talking
            props.put("callcontrol.examples.portsip.call-flow.caller", "1009");
            props.put("callcontrol.broadworks.poll-delay", "500");
            props.put("callcontrol.sipx.poll-delay", "500");
            // -Dcluster-it.reconcile=false: without the hand-over to the new leader (what is lost without it shows)
            props.put("callcontrol.cluster.reconcile.enabled", System.getProperty("cluster-it.reconcile", "true"));
            // the health probes' warnings while an instance starts are the test's polling
            props.put("logging.level.org.apache.camel.spring.boot.actuate.health", "ERROR");
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx320m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                    "io.callcontrol.examples.ExamplesApplication", "--spring.profiles.active=cluster"));
            props.forEach((k, v) -> cmd.add("--" + k + "=" + v));
            Path log = dir.resolve("instance-" + n + ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            instances.add(new Instance(n, p, Integer.parseInt(props.get("server.port")), log));
        }
        await("all instances up", STARTUP_BOUND, () -> instances.stream().allMatch(i -> health(i) != null));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (Instance i : instances) {
            i.process().destroy();
        }
        for (Instance i : instances) {
            if (!i.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                i.process().destroyForcibly();
            }
        }
        if (services != null) {
            services.close();
        }
    }

    /** The vendors the click-to-dial requests go to (each through callcontrol:originate). */
    static final List<String> VENDORS = List.of("portsip", "portasip", "uc-dialogs", "broadworks");

    /** When the test, as the far end, hangs a call up (PortSIP's calls end by the leader's hang-up or ring out). */
    enum End { BEFORE_KILL, IN_GAP, AFTER_FAILOVER, LATE }

    /** One click-to-dial request: where it goes, whether the callee answers, when the call ends. */
    record Req(String id, String vendor, String from, String to, boolean answered, End end) {
        String json() {
            return "{\"vendor\":\"" + vendor + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        }
    }

    /** call-events and click-to-dial-results as they arrive, read from the start by a background consumer. */
    static final class Collector implements AutoCloseable {
        final List<Map<String, Object>> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        final Map<String, Map<String, Object>> results = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        Collector() {
            thread = new Thread(() -> {
                try (KafkaConsumer<String, String> c = consumer()) {
                    c.subscribe(List.of("call-events", "click-to-dial-results"));
                    while (running) {
                        for (ConsumerRecord<String, String> rec : c.poll(Duration.ofMillis(200))) {
                            Map<String, Object> m = JSON.readValue(rec.value(), new TypeReference<>() { });
                            if (rec.topic().equals("call-events")) {
                                events.add(m);
                            } else if (m.get("requestId") != null) {
                                results.put(String.valueOf(m.get("requestId")), m);
                            }
                        }
                    }
                } catch (Exception e) {
                    if (running) {
                        e.printStackTrace();
                    }
                }
            }, "cluster-it-collector");
            thread.setDaemon(true);
            thread.start();
        }

        String callId(Req r) {
            Map<String, Object> m = results.get(r.id());
            return m == null || m.get("callId") == null ? null : String.valueOf(m.get("callId"));
        }

        boolean hasEvent(Req r, String state) {
            String call = callId(r);
            return call != null && events.stream().anyMatch(e -> r.vendor().equals(e.get("vendor"))
                    && call.equals(e.get("callId")) && (state == null || state.equals(e.get("state"))));
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5_000);
        }
    }

    @Test
    void theLeaderDiesAndNothingIsDialledTwiceOrLost() throws Exception {
        Instance leader = awaitLeader(instances, FAILOVER_BOUND);
        System.out.println("[cluster-it] leader: instance-" + leader.n());
        // the leader's event consumers run (PortSIP WSI subscribed, UC dialogs socket open) before the traffic starts
        await("the leader subscribed to the PBXs' events", STARTUP_BOUND,
                () -> services.portsip.wsiSubscribers() > 0 && services.ucDialogs.openWebSockets() > 0);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Req> preKill = new ArrayList<>();
        List<Req> lastBeforeKill = new ArrayList<>();
        List<Req> postKill = new ArrayList<>();
        int seq = 0;
        // before the kill, per vendor: an answered and an unanswered call ended while the old leader runs, the same
        // two ended after the kill, before the new leader's consumers are up (PortSIP: its two calls of the gap are
        // dialled last before the kill: the unanswered one rings out in the gap, the answered one is left talking)
        for (String v : VENDORS) {
            for (End end : List.of(End.BEFORE_KILL, End.IN_GAP)) {
                for (boolean answered : List.of(true, false)) {
                    Req r = request(run, ++seq, v, answered, end);
                    (v.equals("portsip") && end == End.IN_GAP ? lastBeforeKill : preKill).add(r);
                }
            }
        }
        // after the kill (dialled by the survivors, while no instance leads or after): ended at once, or once the new
        // leader's consumers are up
        for (int k = 0; k < 4; k++) {
            for (String v : VENDORS) {
                postKill.add(request(run, ++seq, v, k % 2 == 0, k < 2 ? End.AFTER_FAILOVER : End.LATE));
            }
        }
        List<Req> all = new ArrayList<>(preKill);
        all.addAll(lastBeforeKill);
        all.addAll(postKill);
        for (Req r : all) {
            if (!r.answered()) {
                switch (r.vendor()) {
                    case "portsip" -> services.portsip.calleeBehaviour(r.to(), PortsipSimulator.CalleeBehaviour.NO_ANSWER);
                    case "portasip" -> services.portasip.noAutoAnswer(r.to());
                    default -> {
                        // UC dialogs, BroadWorks: hung up while it still rings (before the answer after 2 s)
                    }
                }
            }
        }

        long killedAt;
        Instance newLeader;
        try (Collector seen = new Collector(); KafkaProducer<String, String> producer = producer()) {
            for (Req r : preKill) {
                send(producer, r);
            }
            // the old leader published each call's first events
            await("the old leader's events of the calls dialled before the kill", SETTLE_BOUND,
                    () -> preKill.stream().allMatch(r -> seen.hasEvent(r, null)));
            for (Req r : preKill) {
                if (r.end() == End.BEFORE_KILL && !r.answered()) {
                    hangUp(r, seen.callId(r));
                }
            }
            await("the answered calls connected", SETTLE_BOUND, () -> preKill.stream()
                    .filter(r -> r.answered() && !r.vendor().equals("portasip")).allMatch(r -> seen.hasEvent(r, "CONNECTED")));
            for (Req r : preKill) {
                if (r.end() == End.BEFORE_KILL && r.answered()) {
                    hangUp(r, seen.callId(r));
                }
            }
            await("the old leader's final events of the calls ended before the kill", SETTLE_BOUND, () -> preKill
                    .stream().filter(r -> r.end() == End.BEFORE_KILL).allMatch(r -> seen.hasEvent(r, "TERMINATED")));
            for (Req r : lastBeforeKill) {
                send(producer, r);
            }
            await("the old leader's events of the last PortSIP calls", SETTLE_BOUND,
                    () -> lastBeforeKill.stream().allMatch(r -> seen.hasEvent(r, null)));

            // kill -9 the leader while calls are up and requests on their way
            leader.process().destroyForcibly();
            killedAt = System.nanoTime();
            System.out.println("[cluster-it] killed the leader instance-" + leader.n() + " (kill -9) after "
                               + (preKill.size() + lastBeforeKill.size()) + " requests");
            // the far ends hang up while no instance leads
            for (Req r : preKill) {
                if (r.end() == End.IN_GAP) {
                    hangUp(r, seen.callId(r));
                }
            }
            for (Req r : postKill) {
                send(producer, r);
                Thread.sleep(300);
            }
            await("every request after the kill answered", SETTLE_BOUND,
                    () -> postKill.stream().allMatch(r -> seen.callId(r) != null));
            for (Req r : postKill) {
                if (r.end() == End.AFTER_FAILOVER) {
                    hangUp(r, seen.callId(r));
                }
            }
            List<Instance> survivors = instances.stream().filter(i -> i != leader).toList();
            newLeader = awaitLeader(survivors, FAILOVER_BOUND);
            long failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
            System.out.println("[cluster-it] new leader instance-" + newLeader.n() + " " + failoverMillis
                               + " ms after the kill (ZooKeeper session timeout 6000 ms)");
            assertThat(failoverMillis).isLessThan(FAILOVER_BOUND.toMillis());
            await("the new leader's consumers subscribed", FAILOVER_BOUND,
                    () -> services.portsip.wsiSubscribers() > 0 && services.ucDialogs.openWebSockets() > 0);
            for (Req r : postKill) {
                if (r.end() == End.LATE) {
                    hangUp(r, seen.callId(r));
                }
            }
        }

        // every request dialled exactly once: counted on each PBX's wire
        await("every click-to-dial request dialled", SETTLE_BOUND, () -> all.stream().allMatch(r -> originates(r) >= 1));
        Thread.sleep(5_000); // a late duplicate would show now
        Map<String, Long> dialled = new TreeMap<>();
        all.forEach(r -> dialled.put(r.id(), originates(r)));

        // the calls: their ids as the click-to-dial results answered them
        Map<String, String> callByRequest = new TreeMap<>();
        for (ConsumerRecord<String, String> rec : readAll("click-to-dial-results", Duration.ofSeconds(10))) {
            Map<String, Object> result = JSON.readValue(rec.value(), new TypeReference<>() { });
            if (result.get("callId") != null) {
                callByRequest.put(String.valueOf(result.get("requestId")), String.valueOf(result.get("callId")));
            }
        }
        // their events: the final state once per call after de-duplication by event id
        Map<String, Integer> copies = new HashMap<>();
        Map<String, Map<String, Object>> byEventId = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> rec : readAll("call-events", Duration.ofSeconds(15))) {
            Map<String, Object> e = JSON.readValue(rec.value(), new TypeReference<>() { });
            String eventId = String.valueOf(e.get("eventId"));
            copies.merge(eventId, 1, Integer::sum);
            byEventId.putIfAbsent(eventId, e);
        }
        System.out.println("[cluster-it] call-events by vendor and state: " + byEventId.values().stream().collect(
                Collectors.groupingBy(e -> e.get("vendor") + "/" + e.get("state") + "/" + e.get("eventType"), TreeMap::new,
                        Collectors.counting())));
        Map<String, List<Map<String, Object>>> finals = new HashMap<>();
        for (Map<String, Object> e : byEventId.values()) {
            if ("TERMINATED".equals(e.get("state"))) {
                finals.computeIfAbsent(e.get("vendor") + "/" + e.get("callId"), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Long> duplicatedByVendor = new TreeMap<>();
        copies.forEach((id, n) -> {
            if (n > 1) {
                duplicatedByVendor.merge(String.valueOf(byEventId.get(id).get("vendor")), 1L, Long::sum);
            }
        });
        long duplicateRecords = copies.values().stream().filter(c -> c > 1).count();

        // the CRM: one call-log row per call that ended on call-events (the call-log consumers of the dead instance
        // are replaced after the Kafka session timeout)
        List<String> calls = all.stream().map(r -> r.vendor() + "/" + callByRequest.get(r.id())).toList();
        List<String> ended = calls.stream().filter(finals::containsKey).toList();
        await("a CRM call-log row for every call that ended", SETTLE_BOUND,
                () -> ended.stream().allMatch(crmRows(ended)::containsKey));
        Map<String, Integer> rows = crmRows(calls);

        Map<String, List<String>> noFinalByVendor = new TreeMap<>();
        for (String v : VENDORS) {
            List<Req> mine = all.stream().filter(r -> r.vendor().equals(v)).toList();
            long twice = mine.stream().filter(r -> dialled.get(r.id()) > 1).count();
            long lost = mine.stream().filter(r -> dialled.get(r.id()) == 0).count();
            List<String> noFinal = mine.stream().filter(r -> !finals.containsKey(v + "/" + callByRequest.get(r.id())))
                    .map(r -> r.id() + "(" + r.end() + (r.answered() ? ",answered" : ",unanswered") + ")").toList();
            noFinalByVendor.put(v, noFinal);
            long twoFinals = mine.stream().filter(r -> finals.getOrDefault(v + "/" + callByRequest.get(r.id()), List.of())
                    .size() > 1).count();
            // ended as disappeared: by the hand-over to the new leader (or a consumer's own reconcile)
            long reconciled = mine.stream().flatMap(r -> finals.getOrDefault(v + "/" + callByRequest.get(r.id()),
                    List.of()).stream()).filter(e -> LeadershipReconcile.EVENT_TYPE.equals(e.get("eventType"))).count();
            Map<Integer, Long> rowCounts = mine.stream().collect(Collectors.groupingBy(
                    r -> rows.getOrDefault(v + "/" + callByRequest.get(r.id()), 0), TreeMap::new, Collectors.counting()));
            System.out.println("[cluster-it] " + v + ": " + mine.size() + " requests, dialled twice " + twice + ", lost "
                               + lost + "; final state on call-events missing for " + noFinal.size() + " " + noFinal
                               + ", " + twoFinals + " calls with more than one terminal event, " + reconciled
                               + " of the calls ended as disappeared; event ids written twice "
                               + duplicatedByVendor.getOrDefault(v, 0L) + "; CRM rows per call (rows=calls) " + rowCounts);
        }
        System.out.println("[cluster-it] call-events: " + byEventId.size() + " distinct events, " + duplicateRecords
                           + " event ids written more than once; sessions still up on the PortSIP PBX: "
                           + services.portsip.sessions().size());

        assertThat(dialled.values()).as("originates per request on the PBXs' wire").allMatch(c -> c == 1);
        assertThat(calls).as("CRM rows per call").allMatch(c -> rows.getOrDefault(c, 0) == 1);
        assertThat(duplicateRecords).as("event ids written twice to call-events").isZero();
        assertThat(noFinalByVendor).as("calls whose final state did not reach call-events")
                .allSatisfy((v, missing) -> assertThat(missing).as(v).isEmpty());
    }

    /** PortaSIP's requests: caller 123001.., callee 123011.. (noAutoAnswer is per callee). */
    static final java.util.concurrent.atomic.AtomicInteger PORTASIP_PAIRS = new java.util.concurrent.atomic.AtomicInteger();

    /** Request {@code n} of this run to the vendor: each with its own parties, so the wire tells them apart. */
    static Req request(String run, int n, String vendor, boolean answered, End end) {
        String id = "ctd-" + run + "-" + n;
        return switch (vendor) {
            case "portsip" -> new Req(id, vendor, n % 2 == 0 ? "1001" : "1002",
                    String.format("+1555%07d", 8_000_000 + n), answered, end);
            // 20 accounts of customer 30: a pair of its own for every request
            case "portasip" -> {
                int k = PORTASIP_PAIRS.getAndIncrement();
                yield new Req(id, vendor, String.format("1230%02d", 1 + k), String.format("1230%02d", 11 + k), answered, end);
            }
            case "uc-dialogs" -> new Req(id, vendor, "11", String.format("5557%06d", n), answered, end);
            default -> new Req(id, vendor, "foouser", String.format("+1555%07d", 6_000_000 + n), answered, end);
        };
    }

    static void send(KafkaProducer<String, String> producer, Req r) throws Exception {
        producer.send(new ProducerRecord<>("click-to-dial", r.id(), r.json())).get();
    }

    /**
     * The far end hangs the call up, on the PBX (not through the application): PortaSIP's and BroadWorks' test hooks,
     * UC dialogs' DELETE of the dialog by its owner. PortSIP's calls are left to the application (answered ones are
     * hung up after talking) and to the PBX (unanswered ones ring out).
     */
    static void hangUp(Req r, String callId) throws Exception {
        switch (r.vendor()) {
            case "portasip" -> services.portasip.terminateForTest(callId, null);
            case "broadworks" -> services.broadworks.remoteRelease("foouser", callId);
            case "uc-dialogs" -> {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + services.ucDialogs.port() + "/rest/v1/user/sip/calls/" + callId))
                        .version(HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer alice-token").DELETE().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(resp.statusCode()).as("DELETE of dialog " + callId + ": " + resp.body()).isEqualTo(200);
            }
            default -> {
            }
        }
    }

    /** The call_activity rows of these calls ("vendor/callId"): call -> rows. */
    static Map<String, Integer> crmRows(List<String> calls) {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(services.jdbcUrl, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT vendor, call_id, COUNT(*) FROM call_activity GROUP BY vendor, call_id")) {
            while (rs.next()) {
                String key = rs.getString(1) + "/" + rs.getString(2);
                if (calls.contains(key)) {
                    rows.put(key, rs.getInt(3));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    /** Everything on the topic, read until nothing came for {@code quiet}. */
    static List<ConsumerRecord<String, String>> readAll(String topic, Duration quiet) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        long deadline = System.nanoTime() + SETTLE_BOUND.toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline && System.nanoTime() - quietSince < quiet.toNanos()) {
                for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofMillis(500))) {
                    quietSince = System.nanoTime();
                    all.add(rec);
                }
            }
        }
        return all;
    }

    /** The request's originates on its PBX's wire. */
    static long originates(Req r) {
        return switch (r.vendor()) {
            case "portsip" -> services.portsip.wireLog().matching(q -> "POST".equals(q.method())
                    && q.path().endsWith("/sessions") && q.bodyAsString().contains("\"" + r.to() + "\"")).size();
            case "portasip" -> services.portasip.wireLog().matching(q -> "WS".equals(q.method())).stream()
                    .map(q -> {
                        try {
                            return JSON.readTree(q.bodyAsString());
                        } catch (IOException e) {
                            return JSON.createObjectNode();
                        }
                    })
                    .filter(n -> "originate_advanced_call".equals(n.path("method").asText()))
                    .map(n -> n.path("params")).filter(p -> r.to().equals(p.path("callee_id").asText())
                            && r.from().equals(p.path("caller_id").asText())).count();
            case "uc-dialogs" -> services.ucDialogs.wireLog().matching(q -> "POST".equals(q.method())
                    && q.path().endsWith("/sip/calls") && q.bodyAsString().contains("\"" + r.to() + "\"")).size();
            default -> services.broadworks.wireLog().matching(q -> "POST".equals(q.method())
                    && q.bodyAsString().contains("\"" + r.to() + "\"")).size();
        };
    }

    static Instance awaitLeader(List<Instance> candidates, Duration bound) {
        Instance[] found = new Instance[1];
        await("a leader among " + candidates.stream().map(i -> "instance-" + i.n()).toList(), bound, () -> {
            for (Instance i : candidates) {
                Map<String, Object> h = health(i);
                if (h != null && Boolean.TRUE.equals(cluster(h).get("leader"))) {
                    found[0] = i;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cluster(Map<String, Object> health) {
        Map<String, Object> components = (Map<String, Object>) health.getOrDefault("components", Map.of());
        Map<String, Object> cluster = (Map<String, Object>) components.getOrDefault("cluster", Map.of());
        return (Map<String, Object>) cluster.getOrDefault("details", Map.of());
    }

    /** The instance's /actuator/health (whatever its status), or null when it does not answer. */
    static Map<String, Object> health(Instance i) {
        if (!i.process().isAlive()) {
            return null;
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + i.port()
                    + "/actuator/health")).timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.body().startsWith("{") ? JSON.readValue(r.body(), new TypeReference<>() { }) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void await(String what, Duration bound, BooleanSupplier condition) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                for (Instance i : instances) {
                    logs.append("\n--- instance-").append(i.n()).append(i.process().isAlive() ? "" : " (dead)")
                            .append(": ").append(tail(i.log()));
                }
                throw new AssertionError("not within " + bound + ": " + what + logs);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafka.getBrokersAsString());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafka.getBrokersAsString());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}

