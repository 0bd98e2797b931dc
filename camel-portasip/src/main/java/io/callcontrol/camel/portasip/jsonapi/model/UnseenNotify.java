package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Unread Message Notification ({@code unseen_notify} of FolderPreferences). Numeric on the wire. */
public enum UnseenNotify {

    /** {@code 1}: No notification. */
    NO_NOTIFICATION(1),
    /** {@code 2}: Only INBOX. */
    ONLY_INBOX(2),
    /** {@code 3}: All folders. */
    ALL_FOLDERS(3);

    private final int wireValue;

    UnseenNotify(int wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    public int wireValue() {
        return wireValue;
    }

    /** Reads the numeric wire value. */
    @JsonCreator
    public static UnseenNotify of(int value) {
        for (UnseenNotify v : values()) {
            if (v.wireValue == value) {
                return v;
            }
        }
        throw new IllegalArgumentException(value + " is not a valid unseenNotify value");
    }
}
