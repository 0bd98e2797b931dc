package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Format of addresses added from the address book ({@code addrsrch_fullname} of DisplayPreferences). The document spells the third value "Fullaname"; it is written that way and "Fullname" is accepted on read. */
public enum AddressFormat implements WireEnum {

    /** {@code Noprefix}: No prefix, address only. */
    NOPREFIX("Noprefix"),
    /** {@code Nickname}: Nickname and address. */
    NICKNAME("Nickname"),
    /** {@code Fullaname}: Full name and address. */
    FULLNAME("Fullaname");

    private final String wireValue;

    AddressFormat(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static AddressFormat of(String value) {
        if ("fullname".equalsIgnoreCase(value == null ? null : value.trim())) {
            return FULLNAME;
        }
        return WireEnum.of(AddressFormat.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
