package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Voicemail greeting type ({@code greetings} of VMSettings, {@code greeting_type} of get/set_vm_greeting). */
public enum GreetingType implements WireEnum {

    /** {@code standard} */
    STANDARD("standard"),
    /** {@code extended} */
    EXTENDED("extended"),
    /** {@code personal} */
    PERSONAL("personal"),
    /** {@code name} */
    NAME("name");

    private final String wireValue;

    GreetingType(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static GreetingType of(String value) {
        return WireEnum.of(GreetingType.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
