package io.callcontrol.core.event;

/**
 * What a consumer does with a stale event: one for an older state than the call's current one (a late TRYING
 * after TERMINATED, a RINGING after CONNECTED), or a same-level event with an older vendor time.
 */
public enum StaleEvents {
    /** Not routed (logged at DEBUG). The default: a route only ever sees a call move forward. */
    DROP,
    /**
     * Routed, with {@link CallEventHeaders#STALE} {@code true} and the event's own (older) state, so a route can
     * audit it; routes that track state must skip flagged events.
     */
    FLAG
}
