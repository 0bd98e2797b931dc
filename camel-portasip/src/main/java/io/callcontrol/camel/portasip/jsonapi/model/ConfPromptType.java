package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Conference prompt type ({@code prompt_type} of set/get_conf_prompt). */
public enum ConfPromptType implements WireEnum {

    /** {@code intro} */
    INTRO("intro"),
    /** {@code moh} */
    MOH("moh");

    private final String wireValue;

    ConfPromptType(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static ConfPromptType of(String value) {
        return WireEnum.of(ConfPromptType.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
