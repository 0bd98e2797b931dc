package io.callcontrol.camel.portasip.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Call states of {@code SIPCallInfo.state} (also the values of {@code state_callback_events}, except
 * {@code started}, which belongs to conferences).
 */
public enum SipCallState {
    /** A call is initiated and an outgoing request is sent. */
    TRYING("trying"),
    /** A phone is ringing. */
    RINGING("ringing"),
    /** Early media is played. */
    EARLY("early"),
    /** A call is answered / taken from hold and the remote side is connected. */
    CONNECTED("connected"),
    /** A call party is connected and put on hold; returned to the party placed on hold. */
    HELD("held"),
    /** A call party is connected and put on hold; returned to the party placing the call on hold. */
    HOLDING("holding"),
    /** A caller is placed to a call queue. */
    QUEUED("queued"),
    /** A caller is removed from the call queue. */
    DEQUEUED("dequeued"),
    /** The conference call has started. */
    STARTED("started"),
    /** A call (or the conference call) is disconnected. */
    TERMINATED("terminated"),
    /** A value this version does not know. */
    UNKNOWN("unknown");

    private final String wire;

    SipCallState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static SipCallState fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (SipCallState s : values()) {
            if (s.wire.equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
