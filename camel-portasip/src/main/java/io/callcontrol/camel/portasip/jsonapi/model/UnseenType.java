package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The Unread Message Notification type ({@code unseen_type} of FolderPreferences). Numeric on the wire. */
public enum UnseenType {

    /** {@code 1}: Only unseen. */
    ONLY_UNSEEN(1),
    /** {@code 2}: Unseen and total. */
    UNSEEN_AND_TOTAL(2);

    private final int wireValue;

    UnseenType(int wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    public int wireValue() {
        return wireValue;
    }

    /** Reads the numeric wire value. */
    @JsonCreator
    public static UnseenType of(int value) {
        for (UnseenType v : values()) {
            if (v.wireValue == value) {
                return v;
            }
        }
        throw new IllegalArgumentException(value + " is not a valid unseenType value");
    }
}
