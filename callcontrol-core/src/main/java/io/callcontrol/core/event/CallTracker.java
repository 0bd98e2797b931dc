package io.callcontrol.core.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-call state model every event consumer of the suite routes its events through. Fed the vendor events in
 * arrival order ({@link #track}), it decides for each whether it is routed, and enriches what it routes:
 * <ul>
 * <li><b>forward only</b>: a call's state moves up the levels TRYING &lt; QUEUED &lt; DEQUEUED &lt; RINGING/EARLY
 * &lt; CONNECTED/HELD/HOLDING &lt; TERMINATED. An event for a lower level than the call's current one is
 * <i>stale</i>: dropped, or routed flagged ({@link StaleEvents}). Within a level (RINGING ⇄ EARLY, CONNECTED ⇄ HELD
 * ⇄ HOLDING, a second TERMINATED event with more detail) an event moves the call unless its vendor time is older
 * than the last routed one's. An event without a state ({@link CallState#UNKNOWN}, e.g. an info update) is routed
 * with the call's current state, and is stale once the call is terminated;</li>
 * <li><b>de-duplication</b> keyed on call id + state + event id (the vendor's event id, or the name-based id over
 * the event's content and vendor time): a redelivered event is never routed twice, and a real update is never
 * dropped as a duplicate of another event of the same call;</li>
 * <li><b>sequence and times</b>: each routed event gets the next per-call {@link CallEvent#sequence()} and its
 * {@link CallEvent#receivedAt()};</li>
 * <li><b>final events</b> (TERMINATED) carry the {@link CallOutcome} (the vendor's when it tells, ANSWERED when the
 * call was seen connected, else UNKNOWN), ring time and talk time computed from the event times: answered-at (the
 * vendor's connect time, else the time of the first connected event) to ended-at; for a connected call never
 * zero (when the vendor's times have a resolution of seconds and both fall in the same second, the received times
 * are used, and at least 1 ms);</li>
 * <li><b>vanished calls</b>: {@link #reconcile} (a poll, a reconnect snapshot) and {@link #endIdle} (no event for a
 * while) end tracked calls with a synthesized TERMINATED event, outcome UNKNOWN, reason {@code disappeared};</li>
 * <li><b>bounded memory</b>: terminated calls are forgotten after {@link Settings#retention()}; at most
 * {@link Settings#maxCalls()} calls are tracked: when a new call would exceed it, the oldest terminated call is
 * forgotten, or if none, the least recently active call, with a WARN.</li>
 * </ul>
 * Thread-safe (one lock); meant to be called on the thread that receives the events, in arrival order, so that
 * the sequence numbers follow the arrival order.
 */
public final class CallTracker {

    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);

    /** Reason of the final event the tracker synthesizes for a call that vanished. */
    public static final String DISAPPEARED = "disappeared";
    /** Event type of that synthesized final event. */
    public static final String DISAPPEARED_EVENT_TYPE = "disappeared";

    private static final int SEEN_PER_CALL = 64;
    private static final long WARN_EVERY_MS = 60_000;

    /**
     * @param staleEvents what to do with stale events
     * @param retention   how long a terminated call is remembered (duplicates and late events of it recognized)
     * @param maxCalls    how many calls are tracked at most
     * @param idleTimeout a call without any event for this long is ended as disappeared by {@link #endIdle};
     *                    zero or null: never
     */
    public record Settings(StaleEvents staleEvents, Duration retention, int maxCalls, Duration idleTimeout) {

        public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(15);
        public static final int DEFAULT_MAX_CALLS = 10_000;

        public Settings {
            staleEvents = staleEvents == null ? StaleEvents.DROP : staleEvents;
            retention = retention == null || retention.isNegative() ? DEFAULT_RETENTION : retention;
            maxCalls = maxCalls <= 0 ? DEFAULT_MAX_CALLS : maxCalls;
            idleTimeout = idleTimeout == null || idleTimeout.isNegative() ? Duration.ZERO : idleTimeout;
        }

        public static Settings defaults() {
            return new Settings(StaleEvents.DROP, DEFAULT_RETENTION, DEFAULT_MAX_CALLS, Duration.ZERO);
        }
    }

    /** What {@link #track} decided. */
    public enum Verdict {
        /** Routed as the call's current state. */
        ROUTE,
        /** Older than the call's current state: routed flagged ({@code event().stale()}) with FLAG, else dropped. */
        STALE,
        /** Seen before: not routed. */
        DUPLICATE,
        /** The event names no call: routed unchanged. */
        UNTRACKED
    }

    /**
     * @param verdict what was decided
     * @param event   the event to route (enriched), or the event as received when it is not to be routed
     */
    public record Decision(Verdict verdict, CallEvent event, boolean routed) {
    }

    private static final class Call {
        final String id;
        CallEvent last;
        CallState state;
        long sequence;
        Instant lastVendorTime;
        Instant firstAt;
        Instant startedAt;
        Instant ringingAt;
        Instant answeredAt;
        Instant answeredReceivedAt;
        Instant lastReceivedAt;
        Instant terminatedReceivedAt;
        boolean forgotten;
        /** The events seen (state and event id), a ring of at most SEEN_PER_CALL, oldest overwritten first. */
        CallState[] seenStates = new CallState[4];
        String[] seenIds = new String[4];
        int seenCount;
        int seenNext;

        Call(String id) {
            this.id = id;
        }

        boolean connected() {
            return answeredAt != null || answeredReceivedAt != null;
        }

        /** Slot of a seen event (state and event id), or -1. A call has a handful of events: a linear scan. */
        int seen(CallState state, String eventId) {
            for (int i = 0; i < seenCount; i++) {
                if (seenStates[i] == state && seenIds[i].equals(eventId)) {
                    return i;
                }
            }
            return -1;
        }

        void remember(CallState state, String eventId) {
            if (seenCount == seenStates.length && seenCount < SEEN_PER_CALL) {
                seenStates = java.util.Arrays.copyOf(seenStates, Math.min(SEEN_PER_CALL, seenCount * 2));
                seenIds = java.util.Arrays.copyOf(seenIds, seenStates.length);
            }
            if (seenCount < seenStates.length) {
                seenStates[seenCount] = state;
                seenIds[seenCount++] = eventId;
                return;
            }
            // full: the oldest is overwritten
            seenStates[seenNext] = state;
            seenIds[seenNext] = eventId;
            seenNext = (seenNext + 1) % seenCount;
        }

        void forgetSeen(CallState state, String eventId) {
            int i = seen(state, eventId);
            if (i < 0) {
                return;
            }
            // keep the ring compact: the last slot moves into the hole (the order of the survivors matters little)
            int last = seenCount - 1;
            seenStates[i] = seenStates[last];
            seenIds[i] = seenIds[last];
            seenStates[last] = null;
            seenIds[last] = null;
            seenCount = last;
            seenNext = 0;
        }
    }

    private final String vendor;
    private final Settings settings;
    private final Clock clock;
    /** Access order: the eldest is the least recently active call. */
    private final LinkedHashMap<String, Call> calls = new LinkedHashMap<>(64, 0.75f, true);
    /** Terminated calls in the order they terminated (entries may be stale: checked on removal). */
    private final ArrayDeque<Call> terminated = new ArrayDeque<>();
    private long lastCapWarn;
    private long evictedAtCap;

    public CallTracker(String vendor, Settings settings) {
        this(vendor, settings, Clock.systemUTC());
    }

    public CallTracker(String vendor, Settings settings, Clock clock) {
        this.vendor = vendor;
        this.settings = settings == null ? Settings.defaults() : settings;
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    /** Level of a state: the tracker only moves a call to the same or a higher level. -1: no state. */
    public static int level(CallState s) {
        return switch (s) {
            case TRYING -> 0;
            case QUEUED -> 1;
            case DEQUEUED -> 2;
            case RINGING, EARLY -> 3;
            case CONNECTED, HELD, HOLDING -> 4;
            case TERMINATED -> 5;
            case UNKNOWN -> -1;
        };
    }

    /** Decides about one event received now and returns what to route. */
    public Decision track(CallEvent event) {
        return track(event, event.callId());
    }

    /**
     * Like {@link #track(CallEvent)} for a vendor whose states belong to something finer than the call id (a leg:
     * call id and tag); {@code key} names it, and is what {@link #reconcile} and {@link #activeCalls} speak of.
     */
    public synchronized Decision track(CallEvent event, String key) {
        Instant now = clock.instant();
        expire(now);
        if (key == null || key.isEmpty()) {
            return new Decision(Verdict.UNTRACKED,
                    event.receivedAt() == null ? event.toBuilder().receivedAt(now).build() : event, true);
        }
        CallEvent e = event;
        Call call = calls.get(key);
        if (call == null) {
            makeRoom(now);
            call = new Call(key);
            calls.put(call.id, call);
        }
        if (call.seen(e.state(), e.eventId()) >= 0) {
            LOG.debug("{} call {}: duplicate event {} ({}) not routed", vendor, call.id, e.eventId(), e.eventType());
            return new Decision(Verdict.DUPLICATE, e, false);
        }
        boolean stale = isStale(call, e);
        if (stale && settings.staleEvents() == StaleEvents.DROP) {
            call.remember(e.state(), e.eventId());
            LOG.debug("{} call {}: stale {} event {} ({}) dropped, the call is {}", vendor, call.id, e.state(),
                    e.eventId(), e.eventType(), call.state);
            return new Decision(Verdict.STALE, e, false);
        }
        call.remember(e.state(), e.eventId());
        call.lastReceivedAt = now; // the tracker's clock (retention, idle timeout), whatever the event says
        // one copy of the event per routed event: sequence, receive time and what the tracker adds
        CallEvent.Builder b = e.toBuilder().sequence(++call.sequence);
        Instant received = e.receivedAt() != null ? e.receivedAt() : now;
        b.receivedAt(received);
        if (stale) {
            return new Decision(Verdict.STALE, b.stale(true).build(), true);
        }
        if (e.state() == CallState.UNKNOWN && call.state != null) {
            b.state(call.state);
        }
        advance(call, e, now, received);
        if (call.state == CallState.TERMINATED && e.state() == CallState.TERMINATED) {
            finish(call, e, b, received);
        } else {
            if (e.startedAt() == null && call.startedAt != null) {
                b.startedAt(call.startedAt);
            }
            if (e.connectedAt() == null && call.answeredAt != null) {
                b.connectedAt(call.answeredAt);
            }
        }
        CallEvent routed = b.build();
        // the last event is kept for the final event of a call that vanishes; an ended call needs none (memory)
        call.last = call.state == CallState.TERMINATED ? null : routed;
        return new Decision(Verdict.ROUTE, routed, true);
    }

    /**
     * Forgets that an event was seen (its route failed and the vendor will redeliver it): the redelivery is routed
     * again. The call's state is kept.
     */
    public void release(CallEvent event) {
        release(event, event.callId());
    }

    /** {@link #release(CallEvent)} of an event tracked under {@code key}. */
    public synchronized void release(CallEvent event, String key) {
        if (key == null) {
            return;
        }
        Call call = calls.get(key);
        if (call != null) {
            call.forgetSeen(event.state(), event.eventId());
        }
    }

    private boolean isStale(Call call, CallEvent e) {
        if (call.state == null) {
            return false;
        }
        if (e.state() == CallState.UNKNOWN) {
            return call.state == CallState.TERMINATED;
        }
        int have = level(call.state);
        int got = level(e.state());
        if (got != have) {
            return got < have;
        }
        // same level: an older vendor time is late (a HELD stamped before the CONNECTED already routed)
        return e.vendorTime() != null && call.lastVendorTime != null && e.vendorTime().isBefore(call.lastVendorTime);
    }

    /** The event's time: the vendor's, else when it was received. */
    private static Instant at(CallEvent e, Instant received) {
        return e.vendorTime() != null ? e.vendorTime() : received;
    }

    private void advance(Call call, CallEvent e, Instant now, Instant received) {
        Instant t = at(e, received);
        if (call.firstAt == null) {
            call.firstAt = t;
        }
        if (e.startedAt() != null && call.startedAt == null) {
            call.startedAt = e.startedAt();
        }
        if (e.vendorTime() != null && (call.lastVendorTime == null || e.vendorTime().isAfter(call.lastVendorTime))) {
            call.lastVendorTime = e.vendorTime();
        }
        CallState s = e.state();
        if (s == CallState.UNKNOWN) {
            if (call.state == null) {
                call.state = CallState.UNKNOWN;
            }
            return;
        }
        if ((s == CallState.RINGING || s == CallState.EARLY) && call.ringingAt == null) {
            call.ringingAt = t;
        }
        if (e.connectedAt() != null && call.answeredAt == null) {
            call.answeredAt = e.connectedAt();
        }
        if (level(s) == 4) {
            if (call.answeredAt == null) {
                call.answeredAt = t;
            }
            if (call.answeredReceivedAt == null) {
                call.answeredReceivedAt = received;
            }
        }
        if (s == CallState.TERMINATED && call.state != CallState.TERMINATED) {
            call.terminatedReceivedAt = now;
            terminated.addLast(call);
        }
        call.state = s;
    }

    private void finish(Call call, CallEvent e, CallEvent.Builder b, Instant received) {
        Instant ended = e.endedAt() != null ? e.endedAt() : at(e, received);
        b.endedAt(ended);
        if (e.startedAt() == null && call.startedAt != null) {
            b.startedAt(call.startedAt);
        }
        CallOutcome outcome = e.outcome();
        boolean connected = call.connected() || outcome == CallOutcome.ANSWERED;
        if (outcome == null) {
            outcome = connected ? CallOutcome.ANSWERED : CallOutcome.UNKNOWN;
        }
        b.outcome(outcome);
        Instant answered = call.answeredAt;
        if (answered != null) {
            b.connectedAt(answered);
        }
        Instant ringFrom = call.ringingAt != null ? call.ringingAt : call.startedAt != null ? call.startedAt : call.firstAt;
        Instant ringTo = answered != null ? answered : ended;
        if (e.ringTime() == null && ringFrom != null && ringTo != null) {
            b.ringTime(nonNegative(between(ringFrom, ringTo)));
        }
        if (e.talkTime() == null && connected) {
            Duration talk = answered == null ? null : between(answered, ended);
            if (talk == null || talk.isNegative() || talk.isZero()) {
                // same second on a vendor clock of seconds (or no answer time): the received times
                Duration byReceipt = call.answeredReceivedAt == null ? null
                        : between(call.answeredReceivedAt, received);
                talk = byReceipt != null && byReceipt.toMillis() > 0 ? byReceipt : Duration.ofMillis(1);
            }
            b.talkTime(talk);
        }
    }

    /**
     * {@code to - from}; what {@link Duration#between} gives for two instants, without its generic temporal path
     * (a hot spot on every final event).
     */
    private static Duration between(Instant from, Instant to) {
        return Duration.ofSeconds(to.getEpochSecond() - from.getEpochSecond(), (long) to.getNano() - from.getNano());
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * A complete list of the calls there are now (a poll, a reconnect snapshot): every tracked call that is not
     * terminated and not in {@code present} is ended. Returns the synthesized final events, to route.
     */
    public synchronized List<CallEvent> reconcile(Collection<String> present) {
        Set<String> here = present instanceof Set<String> s ? s : new java.util.HashSet<>(present);
        List<String> gone = new ArrayList<>();
        for (Call c : calls.values()) {
            if (c.state != CallState.TERMINATED && !here.contains(c.id)) {
                gone.add(c.id);
            }
        }
        return endAll(gone);
    }

    /** Ends the calls that had no event for {@link Settings#idleTimeout()}; returns their final events. */
    public synchronized List<CallEvent> endIdle() {
        if (settings.idleTimeout().isZero()) {
            return List.of();
        }
        Instant limit = clock.instant().minus(settings.idleTimeout());
        List<String> idle = new ArrayList<>();
        for (Call c : calls.values()) {
            if (c.state != CallState.TERMINATED && c.lastReceivedAt != null && c.lastReceivedAt.isBefore(limit)) {
                idle.add(c.id);
            }
        }
        return endAll(idle);
    }

    /** Ends one call as disappeared (e.g. the vendor says it does not know it); null if not tracked or ended. */
    public synchronized CallEvent end(String callId) {
        List<CallEvent> l = endAll(List.of(callId));
        return l.isEmpty() ? null : l.get(0);
    }

    private List<CallEvent> endAll(List<String> ids) {
        List<CallEvent> out = new ArrayList<>();
        for (String id : ids) {
            Call c = calls.get(id);
            if (c == null || c.state == CallState.TERMINATED) {
                continue;
            }
            CallEvent base = c.last;
            Instant now = clock.instant();
            CallEvent.Builder b = base != null ? base.toBuilder() : CallEvent.builder(vendor).callId(id);
            CallEvent synthetic = b.eventId(CallEvent.stableId(vendor, id, DISAPPEARED, String.valueOf(c.sequence)))
                    .eventType(DISAPPEARED_EVENT_TYPE).state(CallState.TERMINATED).vendorState(null)
                    .occurredAt(now).vendorTime(null).receivedAt(now).endedAt(now).reason(DISAPPEARED)
                    .outcome(CallOutcome.UNKNOWN).cause(null).ringTime(null).talkTime(null).stale(false).raw(null)
                    .build();
            Decision d = track(synthetic, id);
            if (d.routed()) {
                out.add(d.event());
            }
        }
        if (!out.isEmpty()) {
            LOG.info("{}: {} call(s) disappeared without a final event, ended with outcome UNKNOWN: {}", vendor,
                    out.size(), out.stream().map(CallEvent::callId).toList());
        }
        return out;
    }

    /** The current state of a tracked call, or null. */
    public synchronized CallState state(String callId) {
        Call c = calls.get(callId);
        return c == null ? null : c.state;
    }

    /** Ids of the tracked calls that are not terminated. */
    public synchronized List<String> activeCalls() {
        List<String> out = new ArrayList<>();
        for (Call c : calls.values()) {
            if (c.state != CallState.TERMINATED) {
                out.add(c.id);
            }
        }
        return out;
    }

    /** How many calls are tracked (terminated ones not yet forgotten included). */
    public synchronized int size() {
        expire(clock.instant());
        return calls.size();
    }

    /** How many active calls were forgotten because {@link Settings#maxCalls()} was reached. */
    public synchronized long evictedAtCap() {
        return evictedAtCap;
    }

    private void forget(Call c) {
        c.forgotten = true;
        calls.remove(c.id);
    }

    public synchronized void clear() {
        calls.values().forEach(c -> c.forgotten = true);
        calls.clear();
        terminated.clear();
    }

    private void expire(Instant now) {
        Instant limit = now.minus(settings.retention());
        while (!terminated.isEmpty()) {
            Call c = terminated.peekFirst();
            if (c.forgotten) {
                terminated.pollFirst();
                continue;
            }
            if (c.terminatedReceivedAt.isAfter(limit)) {
                return;
            }
            terminated.pollFirst();
            forget(c);
        }
    }

    private void makeRoom(Instant now) {
        if (calls.size() < settings.maxCalls()) {
            return;
        }
        while (!terminated.isEmpty()) {
            Call c = terminated.pollFirst();
            if (!c.forgotten) {
                forget(c);
                return;
            }
        }
        Iterator<Map.Entry<String, Call>> it = calls.entrySet().iterator();
        Call eldest = it.next().getValue();
        it.remove();
        eldest.forgotten = true;
        evictedAtCap++;
        long ms = now.toEpochMilli();
        if (ms - lastCapWarn >= WARN_EVERY_MS || lastCapWarn == 0) {
            lastCapWarn = ms;
            LOG.warn("{}: maxTrackedCalls ({}) reached with every tracked call active: forgetting the least recently"
                     + " active call {} (state {}, last event received {}); {} call(s) forgotten so far. Raise"
                     + " maxTrackedCalls, or check that the PBX sends the calls' final events.", vendor,
                    settings.maxCalls(), eldest.id, eldest.state, eldest.lastReceivedAt, evictedAtCap);
        }
    }
}
