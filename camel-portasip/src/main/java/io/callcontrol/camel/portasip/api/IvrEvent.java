package io.callcontrol.camel.portasip.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code SIPCallInfo.event}: the asynchronous IVR notification. */
public enum IvrEvent {
    /** Prompt playback finished. */
    PLAY_PROMPT_COMPLETED("play_prompt_completed"),
    /** A single DTMF digit was received. */
    DTMF_DIGIT_DETECTED("dtmf_digit_detected"),
    /** A value this version does not know. */
    UNKNOWN("unknown");

    private final String wire;

    IvrEvent(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static IvrEvent fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (IvrEvent s : values()) {
            if (s.wire.equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
