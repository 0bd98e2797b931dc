package io.callcontrol.core.event;

/**
 * Vendor-neutral call state. Every event consumer of the suite maps its vendor's states onto these
 * values, so one route can act on calls from any PBX.
 */
public enum CallState {
    /** The call is being set up (INVITE sent, no provisional answer yet). */
    TRYING,
    /** The called party is alerted. */
    RINGING,
    /** Early media (183 Session Progress, announcements before answer). */
    EARLY,
    /** The call is answered and media flows. */
    CONNECTED,
    /** This party is put on hold by the remote party. */
    HELD,
    /** This party holds the remote party. */
    HOLDING,
    /** The call waits in a queue (hunt group, call queue, ACD). */
    QUEUED,
    /** The call left the queue. */
    DEQUEUED,
    /** The call or leg ended. */
    TERMINATED,
    /** The vendor reported a state the suite does not know; see the raw payload. */
    UNKNOWN;

    /** True for states after which no further events are expected for the call. */
    public boolean isFinal() {
        return this == TERMINATED;
    }
}
