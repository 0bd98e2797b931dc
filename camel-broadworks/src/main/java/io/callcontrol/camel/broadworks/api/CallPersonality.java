package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** "Call personality" of the BroadWorks call service. */
public enum CallPersonality {
    CLICK_TO_DIAL("Click-to-Dial"),
    ORIGINATOR("Originator"),
    /** Not in the call-service document, but sent by BroadWorks for incoming calls. */
    TERMINATOR("Terminator"),
    UNKNOWN("Unknown");

    private final String wire;

    CallPersonality(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static CallPersonality fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (CallPersonality p : values()) {
            if (p.wire.equalsIgnoreCase(value.trim()) || p.name().equalsIgnoreCase(value.trim())) {
                return p;
            }
        }
        return UNKNOWN;
    }
}
