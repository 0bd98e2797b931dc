package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Voice prompt setting of the voicemail IVR ({@code prompt_levels} of VMSettings). */
public enum PromptLevel implements WireEnum {

    /** {@code standard} */
    STANDARD("standard"),
    /** {@code extended} */
    EXTENDED("extended"),
    /** {@code rapid} */
    RAPID("rapid");

    private final String wireValue;

    PromptLevel(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static PromptLevel of(String value) {
        return WireEnum.of(PromptLevel.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
