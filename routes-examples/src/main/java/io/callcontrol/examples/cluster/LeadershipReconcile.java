package io.callcontrol.examples.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.core.json.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the cluster knows about its calls, for the moment an instance becomes the leader: the events the leaders
 * before it published ({@code call-events}) and the calls the instances dialled ({@code click-to-dial-results}),
 * read back from Kafka over a look-back window. A call is <i>open</i> when it has no TERMINATED event there. The
 * event consumers of a new leader start with no memory (a vendor's list shows the calls there are now, its events
 * only what happens from now on), so a call that ended while no instance led would never get its final state;
 * {@link #gone} ends the open calls the PBX no longer lists, with a synthesized TERMINATED event (outcome ANSWERED
 * when the cluster saw the call connected, else UNKNOWN; reason {@code disappeared}, as {@link CallTracker}'s
 * reconcile does). A call the cluster never saw is never invented: only calls with an event or a click-to-dial result
 * older than the PBX's list are considered.
 */
public final class LeadershipReconcile {

    private static final Logger LOG = LoggerFactory.getLogger(LeadershipReconcile.class);

    /** The event type of the final events synthesized here. */
    public static final String EVENT_TYPE = CallTracker.DISAPPEARED_EVENT_TYPE;

    /** A vendor's call list: the call ids its PBX listed, and when the list was asked for. */
    public record Listed(Set<String> callIds, Instant at) {
    }

    /** What the topics say about one call. */
    static final class Seen {
        final String vendor;
        final String callId;
        Map<String, Object> last;
        Map<String, Object> dialled;
        boolean terminated;
        boolean connected;
        long firstSeen = Long.MAX_VALUE;

        Seen(String vendor, String callId) {
            this.vendor = vendor;
            this.callId = callId;
        }
    }

    private final String brokers;
    private final String eventsTopic;
    private final String resultsTopic;
    private final Duration lookback;
    private final Duration readTimeout;

    public LeadershipReconcile(String brokers, String eventsTopic, String resultsTopic, Duration lookback,
                               Duration readTimeout) {
        this.brokers = brokers;
        this.eventsTopic = eventsTopic;
        this.resultsTopic = resultsTopic;
        this.lookback = lookback;
        this.readTimeout = readTimeout;
    }

    /**
     * The final events of the open calls of these vendors that the PBX's list no longer shows.
     *
     * @param listed per vendor, the call ids the PBX listed and when they were asked for (only calls the cluster saw
     *               before are considered: a call dialled later may not have been on the PBX yet); a vendor whose list
     *               failed is absent (its calls are left alone: nothing is known about them)
     */
    public List<CallEvent> gone(Map<String, Listed> listed) {
        Map<String, Seen> calls = read(listed.keySet());
        if (calls == null) {
            return List.of();
        }
        List<CallEvent> out = decide(calls.values(), listed, Instant.now());
        if (!out.isEmpty()) {
            LOG.info("Leading now: {} call(s) ended while no instance led (not listed by their PBX any more), ended "
                     + "as disappeared: {}", out.size(), out.stream().map(e -> e.vendor() + "/" + e.callId()).toList());
        }
        return out;
    }

    /** The final events of the calls that are open, older than their vendor's list and not on it. */
    static List<CallEvent> decide(Collection<Seen> calls, Map<String, Listed> listed, Instant now) {
        List<CallEvent> out = new ArrayList<>();
        for (Seen s : calls) {
            Listed present = listed.get(s.vendor);
            if (present == null || s.terminated || s.firstSeen >= present.at().toEpochMilli()
                || present.callIds().contains(s.callId)) {
                continue;
            }
            out.add(finalEvent(s, now));
        }
        return out;
    }

    static CallEvent finalEvent(Seen s, Instant now) {
        Map<String, Object> base = s.last != null ? s.last : Map.of();
        Map<String, Object> dialled = s.dialled != null ? s.dialled : Map.of();
        Instant connectedAt = instant(base.get("connectedAt"));
        return CallEvent.builder(s.vendor)
                // the same id whichever instance reconciles: a leader after it sees this event and leaves the call
                .eventId(CallEvent.stableId(s.vendor, s.callId, "ended-while-no-instance-led"))
                .eventType(EVENT_TYPE)
                .callId(s.callId)
                .trackingId(text(base.get("trackingId"), dialled.get("trackingId")))
                .state(CallState.TERMINATED)
                .direction(direction(base.get("direction"), s.last == null ? CallDirection.OUTBOUND : CallDirection.UNKNOWN))
                .caller(text(base.get("caller"), dialled.get("from")))
                .callee(text(base.get("callee"), dialled.get("to")))
                .startedAt(instant(base.get("startedAt")))
                .connectedAt(connectedAt)
                .occurredAt(now)
                .receivedAt(now)
                .endedAt(now)
                .reason(CallTracker.DISAPPEARED)
                .outcome(s.connected || connectedAt != null ? CallOutcome.ANSWERED : CallOutcome.UNKNOWN)
                .build();
    }

    /** The calls of these vendors on the two topics within the look-back window; null if they could not be read. */
    Map<String, Seen> read(Set<String> vendors) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "leadership-reconcile");
        Map<String, Seen> calls = new LinkedHashMap<>();
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(eventsTopic, resultsTopic)) {
                for (PartitionInfo i : consumer.partitionsFor(topic, readTimeout)) {
                    partitions.add(new TopicPartition(topic, i.partition()));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            long from = System.currentTimeMillis() - lookback.toMillis();
            partitions.forEach(tp -> since.put(tp, from));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, readTimeout);
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(since, readTimeout);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp o = start.get(tp);
                consumer.seek(tp, o != null ? o.offset() : end.get(tp));
            }
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Leading now: {} and {} not read within {}: no call is reconciled", eventsTopic,
                             resultsTopic, readTimeout);
                    return null;
                }
                for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofMillis(200))) {
                    if (rec.offset() < end.get(new TopicPartition(rec.topic(), rec.partition()))) {
                        take(calls, vendors, rec);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Leading now: {} and {} could not be read ({}): no call is reconciled", eventsTopic, resultsTopic,
                     e.toString());
            return null;
        }
        return calls;
    }

    private void take(Map<String, Seen> calls, Set<String> vendors, ConsumerRecord<String, String> rec) {
        Map<String, Object> m;
        try {
            m = Json.MAPPER.readValue(rec.value(), new TypeReference<>() { });
        } catch (Exception e) {
            return; // not ours
        }
        take(calls, vendors, m, rec.topic().equals(resultsTopic), rec.timestamp());
    }

    /** One record of the topics: an event ({@code dialled=false}) or a click-to-dial result. */
    static void take(Map<String, Seen> calls, Set<String> vendors, Map<String, Object> m, boolean dialled, long timestamp) {
        if (m == null || m.get("vendor") == null || m.get("callId") == null
            || !vendors.contains(String.valueOf(m.get("vendor")))) {
            return;
        }
        String vendor = String.valueOf(m.get("vendor"));
        String callId = String.valueOf(m.get("callId"));
        Seen s = calls.computeIfAbsent(vendor + "/" + callId, k -> new Seen(vendor, callId));
        s.firstSeen = Math.min(s.firstSeen, timestamp);
        if (dialled) {
            s.dialled = m;
            return;
        }
        s.last = m;
        String state = String.valueOf(m.get("state"));
        if (CallState.TERMINATED.name().equals(state)) {
            s.terminated = true;
        } else if (CallState.CONNECTED.name().equals(state)) {
            s.connected = true;
        }
    }

    private static String text(Object a, Object b) {
        return a != null ? String.valueOf(a) : b != null ? String.valueOf(b) : null;
    }

    private static Instant instant(Object o) {
        try {
            return o == null ? null : Instant.parse(String.valueOf(o));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static CallDirection direction(Object o, CallDirection otherwise) {
        try {
            return o == null ? otherwise : CallDirection.valueOf(String.valueOf(o));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
