package io.callcontrol.camel.portasip.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code AnswerCallRequest.callee_answer_mode}. The document lists {@code notify} (NOTIFY with "Event: talk")
 * and a second mode that reconnects the call using a new dialog with "auto-answer" INVITE headers; its value is
 * lost in the document's table, {@code reconnect} is the name used here.
 */
public enum CalleeAnswerMode {
    /** PortaSIP sends a NOTIFY request with "Event: talk" (BroadWorks Remote Control Talk Event Package). */
    NOTIFY("notify"),
    /** PortaSIP reconnects the call using a new dialog and "auto-answer" headers in the INVITE. */
    RECONNECT("reconnect");

    private final String wire;

    CalleeAnswerMode(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static CalleeAnswerMode fromWire(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (CalleeAnswerMode s : values()) {
            if (s.wire.equalsIgnoreCase(value.trim()) || s.name().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown callee_answer_mode " + value + " (notify, reconnect)");
    }
}
