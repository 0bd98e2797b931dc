package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Action for the external email ({@code ext_email_action} of VMSettings). */
public enum ExtEmailAction implements WireEnum {

    /** {@code none} */
    NONE("none"),
    /** {@code forward} */
    FORWARD("forward"),
    /** {@code notify} */
    NOTIFY("notify"),
    /** {@code copy} */
    COPY("copy"),
    /** {@code fwd_as_attachment} */
    FWD_AS_ATTACHMENT("fwd_as_attachment");

    private final String wireValue;

    ExtEmailAction(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static ExtEmailAction of(String value) {
        return WireEnum.of(ExtEmailAction.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
