package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Event of an auto attendant transition ({@code event} of TransitionInfo): a digit, '*', '#', 'Timeout', 'Not Active' or 'f'. */
public enum TransitionEvent implements WireEnum {

    /** {@code 0} */
    DIGIT_0("0"),
    /** {@code 1} */
    DIGIT_1("1"),
    /** {@code 2} */
    DIGIT_2("2"),
    /** {@code 3} */
    DIGIT_3("3"),
    /** {@code 4} */
    DIGIT_4("4"),
    /** {@code 5} */
    DIGIT_5("5"),
    /** {@code 6} */
    DIGIT_6("6"),
    /** {@code 7} */
    DIGIT_7("7"),
    /** {@code 8} */
    DIGIT_8("8"),
    /** {@code 9} */
    DIGIT_9("9"),
    /** {@code *} */
    STAR("*"),
    /** {@code #} */
    HASH("#"),
    /** {@code Timeout} */
    TIMEOUT("Timeout"),
    /** {@code Not Active} */
    NOT_ACTIVE("Not Active"),
    /** {@code f}: Fax tone (the document lists the value {@code f} without a description). */
    FAX("f");

    private final String wireValue;

    TransitionEvent(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static TransitionEvent of(String value) {
        return WireEnum.of(TransitionEvent.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
