package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Voice message audio format ({@code ext_email_vm_fmt} of VMSettings; mp3 is the default). */
public enum VoiceMessageFormat implements WireEnum {

    /** {@code au} */
    AU("au"),
    /** {@code mp3} */
    MP3("mp3"),
    /** {@code wav} */
    WAV("wav");

    private final String wireValue;

    VoiceMessageFormat(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static VoiceMessageFormat of(String value) {
        return WireEnum.of(VoiceMessageFormat.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
