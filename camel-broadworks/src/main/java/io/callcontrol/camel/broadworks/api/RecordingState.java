package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** "Call Recording State" of the BroadWorks call service. */
public enum RecordingState {
    /** Recording was requested but has not started yet (e.g. the call is held). */
    PENDING("Pending"),
    /** The call is being recorded. */
    STARTED("Started"),
    /** Recording started and is now paused (the document spells it both "Paused" and "Pause"). */
    PAUSED("Paused"),
    /** Recording failed; a new recording cannot be started. */
    FAILED("Failed"),
    UNKNOWN("Unknown");

    private final String wire;

    RecordingState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static RecordingState fromWire(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.endsWith(":")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.equalsIgnoreCase("Pause")) {
            return PAUSED;
        }
        for (RecordingState s : values()) {
            if (s.wire.equalsIgnoreCase(v)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
