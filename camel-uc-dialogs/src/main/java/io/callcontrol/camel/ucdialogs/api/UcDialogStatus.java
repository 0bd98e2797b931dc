package io.callcontrol.camel.ucdialogs.api;

import java.util.Locale;

/**
 * General state of a dialog. The document names {@code forking} (the called party is being alerted); the
 * others follow the life cycle forking, active, terminated. Any other value maps to {@link #UNKNOWN} (the
 * raw value stays in {@link UcDialog#status()}).
 */
public enum UcDialogStatus {
    FORKING, ACTIVE, TERMINATED, UNKNOWN;

    public static UcDialogStatus of(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
