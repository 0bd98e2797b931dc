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
import io.callcontrol.sim.kit.RecordedRequest;
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
 * While click-to-dial requests arrive on the {@code click-to-dial} topic (consumed by all three) and the PBX's calls
 * produce events (consumed by the leader), the leader is killed ({@code kill -9}). Measured and asserted: a new
 * leader within a bound (printed), every click-to-dial request dialled exactly once (counted on the PBX simulator's
 * wire), no event id written twice to {@code call-events}, every dialled call's final state on {@code call-events}
 * (the new leader's snapshot of the PBX's sessions covers the calls whose events went nowhere while no instance led),
 * exactly one CRM call-log row per call.
 */
class ClusterFailoverIT {

    static final int INSTANCES = 3;
    static final int REQUESTS = 30;
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

    @Test
    void theLeaderDiesAndNothingIsDialledTwiceOrLost() throws Exception {
        Instance leader = awaitLeader(instances, FAILOVER_BOUND);
        System.out.println("[cluster-it] leader: instance-" + leader.n());
        // the leader's event consumers run (PortSIP WSI subscribed) before the traffic starts
        await("the leader subscribed to PortSIP's events", STARTUP_BOUND, () -> services.portsip.wsiSubscribers() > 0);

        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> numberByRequest = new TreeMap<>();
        long killedAt = 0;
        Instance newLeader = null;
        try (KafkaProducer<String, String> producer = producer()) {
            for (int r = 1; r <= REQUESTS; r++) {
                String id = "ctd-" + run + "-" + r;
                String number = String.format("+1555%07d", 8_000_000 + r);
                numberByRequest.put(id, number);
                // half are answered (1002's number... any number answers), half never answered (ring out)
                String from = r % 2 == 0 ? "1001" : "1002";
                producer.send(new ProducerRecord<>("click-to-dial", id, "{\"vendor\":\"portsip\",\"from\":\"" + from
                        + "\",\"to\":\"" + number + "\"}")).get();
                if (r == REQUESTS / 3) {
                    // kill -9 the leader while requests and calls are on their way
                    leader.process().destroyForcibly();
                    killedAt = System.nanoTime();
                    System.out.println("[cluster-it] killed the leader instance-" + leader.n() + " (kill -9) after "
                                       + r + " requests");
                }
                Thread.sleep(300);
            }
        }
        List<Instance> survivors = instances.stream().filter(i -> i != leader).toList();
        newLeader = awaitLeader(survivors, FAILOVER_BOUND);
        long failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.println("[cluster-it] new leader instance-" + newLeader.n() + " " + failoverMillis
                           + " ms after the kill (ZooKeeper session timeout 6000 ms)");
        assertThat(failoverMillis).isLessThan(FAILOVER_BOUND.toMillis());

        // every request dialled exactly once: counted on the PBX's wire
        await("every click-to-dial request dialled", SETTLE_BOUND, () -> numberByRequest.values().stream()
                .allMatch(n -> originates(n) >= 1));
        Thread.sleep(5_000); // a late duplicate would show now
        Map<String, Long> dialled = numberByRequest.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> originates(e.getValue()), (a, b) -> a, TreeMap::new));
        long twice = dialled.values().stream().filter(c -> c > 1).count();
        long lost = dialled.values().stream().filter(c -> c == 0).count();
        System.out.println("[cluster-it] click-to-dial: " + REQUESTS + " requests, dialled twice " + twice + ", lost "
                           + lost + " " + dialled);
        assertThat(dialled.values()).allMatch(c -> c == 1);

        // the calls: their ids as the click-to-dial results answered them
        Map<String, String> callByRequest = new TreeMap<>();
        for (ConsumerRecord<String, String> rec : readAll("click-to-dial-results", Duration.ofSeconds(10))) {
            Map<String, Object> result = JSON.readValue(rec.value(), new TypeReference<>() { });
            if (result.get("callId") != null && numberByRequest.containsKey(String.valueOf(result.get("requestId")))) {
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
            if ("portsip".equals(e.get("vendor")) && "TERMINATED".equals(e.get("state"))) {
                finals.computeIfAbsent(String.valueOf(e.get("callId")), k -> new ArrayList<>()).add(e);
            }
        }
        long duplicateRecords = copies.values().stream().filter(c -> c > 1).count();
        // a call ends with cdr_target_end and call_cdr, both TERMINATED: de-duplicated by (call, state) as the CRM does
        List<String> noFinal = callByRequest.values().stream().filter(c -> !finals.containsKey(c)).sorted().toList();
        System.out.println("[cluster-it] call-events: " + byEventId.size() + " distinct events, " + duplicateRecords
                           + " event ids written more than once; of the " + callByRequest.size() + " calls dialled, "
                           + finals.values().stream().filter(f -> f.size() > 1).count()
                           + " with two terminal events (cdr_target_end, call_cdr), " + noFinal.size()
                           + " without a final state on call-events " + noFinal + "; sessions still up on the PBX: "
                           + services.portsip.sessions().size());

        // the CRM: one call-log row per dialled call (the call-log consumers of the dead instance are replaced after
        // the Kafka session timeout)
        List<String> calls = List.copyOf(callByRequest.values());
        await("a CRM call-log row for every dialled call", SETTLE_BOUND, () -> crmRows(calls).size() == calls.size());
        Map<String, Integer> rows = crmRows(calls);
        System.out.println("[cluster-it] CRM call_activity: " + rows.size() + " of " + calls.size()
                           + " calls have a row; rows per call " + new java.util.TreeSet<>(rows.values()));
        assertThat(rows.values()).allMatch(n -> n == 1);
        assertThat(duplicateRecords).as("event ids written twice to call-events").isZero();
        assertThat(noFinal).as("calls whose final state did not reach call-events").isEmpty();
    }

    /** The call_activity rows of these PortSIP calls: call id -> rows. */
    static Map<String, Integer> crmRows(List<String> calls) {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(services.jdbcUrl, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT call_id, COUNT(*) FROM call_activity WHERE vendor = 'portsip' GROUP BY call_id")) {
            while (rs.next()) {
                if (calls.contains(rs.getString(1))) {
                    rows.put(rs.getString(1), rs.getInt(2));
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

    private static long originates(String number) {
        return services.portsip.wireLog().matching(r -> isOriginate(r) && r.bodyAsString().contains("\"" + number + "\""))
                .size();
    }

    private static boolean isOriginate(RecordedRequest r) {
        return "POST".equals(r.method()) && r.path().endsWith("/sessions");
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

