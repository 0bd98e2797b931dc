package io.callcontrol.camel.broadworks.api;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** "Call Recording Control": which recording actions are currently allowed on the call. */
public enum RecordingControl {
    NONE("none"),
    RECORD("record"),
    PAUSE("pause"),
    PAUSE_STOP("pause-stop"),
    RESUME("resume"),
    RESUME_STOP("resume-stop"),
    STOP("stop"),
    UNKNOWN("unknown");

    private final String wire;

    RecordingControl(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The recording operations this control value allows. */
    public Set<String> allowedActions() {
        return switch (this) {
            case RECORD -> Set.of("start_recording");
            case PAUSE -> Set.of("pause_recording");
            case PAUSE_STOP -> Set.of("pause_recording", "stop_recording");
            case RESUME -> Set.of("resume_recording");
            case RESUME_STOP -> Set.of("resume_recording", "stop_recording");
            case STOP -> Set.of("stop_recording");
            default -> Set.of();
        };
    }

    @JsonCreator
    public static RecordingControl fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (RecordingControl c : values()) {
            if (c.wire.equalsIgnoreCase(value.trim())) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
