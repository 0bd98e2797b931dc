package io.callcontrol.camel.portasip.jsonapi.model;

import java.util.Locale;

/** An enum of documented wire values: {@link #wireValue()} is exactly what the document lists. */
public interface WireEnum {

    /** The value on the wire. */
    String wireValue();

    /** The constant whose wire value (or Java name) equals {@code value}, ignoring case; else IllegalArgument. */
    static <E extends Enum<E> & WireEnum> E of(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        for (E e : type.getEnumConstants()) {
            if (e.wireValue().equalsIgnoreCase(v) || e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.wireValue());
        }
        throw new IllegalArgumentException("'" + value + "' is not a valid " + type.getSimpleName().toLowerCase(Locale.ROOT)
                                           + " (allowed: " + allowed + ")");
    }
}
