package io.callcontrol.camel.portasip.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code SIPCallInfo.type}: direction of the call dialog in terms of the UA. */
public enum SipCallType {
    /** Outgoing call dialog: the UA is the initiator. */
    OUTGOING("outgoing"),
    /** Incoming call dialog: the UA is the recipient. */
    INCOMING("incoming"),
    /** A value this version does not know. */
    UNKNOWN("unknown");

    private final String wire;

    SipCallType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static SipCallType fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (SipCallType s : values()) {
            if (s.wire.equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
