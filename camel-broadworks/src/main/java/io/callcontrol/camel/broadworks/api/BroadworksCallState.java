package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.callcontrol.core.event.CallState;

/** "Call State" of the BroadWorks call service, with its normalized {@link CallState}. */
public enum BroadworksCallState {
    ALERTING("Alerting/Ringing", CallState.RINGING),
    ACTIVE("Active", CallState.CONNECTED),
    /** Click-to-Dial: the user answered, the remote party is being called (alerted: RINGING, after the user's own ringing). */
    ANSWERED("Answered", CallState.RINGING),
    RELEASED("Released", CallState.TERMINATED),
    DETACHED("Detached", CallState.UNKNOWN),
    /** The user holds the remote party. */
    HELD("Held", CallState.HOLDING),
    /** The remote party holds the user. */
    REMOTE_HELD("Remote Held", CallState.HELD),
    /** A value this version does not know; the wire value is kept in the event's vendor state. */
    UNKNOWN("Unknown", CallState.UNKNOWN);

    private final String wire;
    private final CallState normalized;

    BroadworksCallState(String wire, CallState normalized) {
        this.wire = wire;
        this.normalized = normalized;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public CallState normalized() {
        return normalized;
    }

    @JsonCreator
    public static BroadworksCallState fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (BroadworksCallState s : values()) {
            if (s.wire.equalsIgnoreCase(value.trim()) || s.name().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        if (value.trim().equalsIgnoreCase("Alerting") || value.trim().equalsIgnoreCase("Ringing")) {
            return ALERTING;
        }
        return UNKNOWN;
    }
}
