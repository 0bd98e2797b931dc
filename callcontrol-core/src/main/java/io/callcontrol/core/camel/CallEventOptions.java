package io.callcontrol.core.camel;

import io.callcontrol.core.event.StaleEvents;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the event path ({@link CallEventRouter}) every event consumer of the suite has: the components'
 * configurations extend this class, so the options read the same on every component.
 */
@UriParams
public abstract class CallEventOptions {

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Route the events through the per-call state tracker: a call's state only moves forward"
                            + " (late or repeated events for an older state are dropped or flagged, see staleEvents),"
                            + " duplicates are dropped, every event carries a per-call sequence number and its receive"
                            + " time, the final event the outcome, ring time and talk time, and calls that vanish are"
                            + " ended (outcome UNKNOWN, reason disappeared). false: events are routed as received (still"
                            + " in order per call).")
    private boolean callTracking = true;

    @UriParam(label = "consumer", defaultValue = "DROP", enums = "DROP,FLAG",
              description = "What the state tracker does with a stale event (for an older state than the call's"
                            + " current one, e.g. a TRYING after TERMINATED): DROP does not route it; FLAG routes it with"
                            + " its own state and the header CamelCallControlStale=true.")
    private StaleEvents staleEvents = StaleEvents.DROP;

    @UriParam(javaType = "java.time.Duration", label = "consumer,advanced", defaultValue = "900000",
              description = "How long a terminated call is remembered by the state tracker (its late and repeated"
                            + " events recognized) before it is forgotten.")
    private long terminatedCallRetention = 900_000;

    @UriParam(label = "consumer,advanced", defaultValue = "10000",
              description = "How many calls the state tracker follows at most; beyond it, the oldest terminated call,"
                            + " else the least recently active call, is forgotten (with a WARN).")
    private int maxTrackedCalls = 10_000;

    @UriParam(javaType = "java.time.Duration", label = "consumer,advanced", defaultValue = "0",
              description = "Time after which a call without any event is ended by the state tracker (outcome"
                            + " UNKNOWN, reason disappeared); 0: never. Streaming consumers only: the polling ones"
                            + " end the calls a poll no longer lists.")
    private long callIdleTimeout;

    @UriParam(label = "consumer,advanced", defaultValue = "10000",
              description = "Events queued or being routed at most (events of one call are routed one after the other,"
                            + " in arrival order); beyond it, a WebSocket consumer stops reading until there is room"
                            + " and a webhook consumer answers 503 (the PBX delivers again).")
    private int maxPendingEvents = 10_000;

    /** The event path options of these settings. */
    public CallEventRouter.Options callEventRouterOptions() {
        return CallEventRouter.Options.of(callTracking, staleEvents, terminatedCallRetention, maxTrackedCalls,
                callIdleTimeout, maxPendingEvents);
    }

    public boolean isCallTracking() {
        return callTracking;
    }

    public void setCallTracking(boolean callTracking) {
        this.callTracking = callTracking;
    }

    public StaleEvents getStaleEvents() {
        return staleEvents;
    }

    public void setStaleEvents(StaleEvents staleEvents) {
        this.staleEvents = staleEvents;
    }

    public long getTerminatedCallRetention() {
        return terminatedCallRetention;
    }

    public void setTerminatedCallRetention(long terminatedCallRetention) {
        this.terminatedCallRetention = terminatedCallRetention;
    }

    public int getMaxTrackedCalls() {
        return maxTrackedCalls;
    }

    public void setMaxTrackedCalls(int maxTrackedCalls) {
        this.maxTrackedCalls = maxTrackedCalls;
    }

    public long getCallIdleTimeout() {
        return callIdleTimeout;
    }

    public void setCallIdleTimeout(long callIdleTimeout) {
        this.callIdleTimeout = callIdleTimeout;
    }

    public int getMaxPendingEvents() {
        return maxPendingEvents;
    }

    public void setMaxPendingEvents(int maxPendingEvents) {
        this.maxPendingEvents = maxPendingEvents;
    }
}
