package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a menu prompt is the standard one or recorded by the user ({@code msg_*_type} of MenuInfo). */
public enum PromptSource implements WireEnum {

    /** {@code standard} */
    STANDARD("standard"),
    /** {@code custom} */
    CUSTOM("custom");

    private final String wireValue;

    PromptSource(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static PromptSource of(String value) {
        return WireEnum.of(PromptSource.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
