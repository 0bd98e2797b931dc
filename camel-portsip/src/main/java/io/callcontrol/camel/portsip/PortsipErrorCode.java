package io.callcontrol.camel.portsip;

import java.util.Locale;

/**
 * PortSIP error codes ({@code errors[].code}, upper snake case). Codes this list does not know map to
 * {@link #UNKNOWN}; {@link PortsipException#getErrorCode()} keeps the code exactly as sent.
 */
public enum PortsipErrorCode {
    /** PortSIP's own "unknown error", and every code not listed here. */
    UNKNOWN,
    /** A parameter is missing or has a wrong type or value. */
    VALIDATE_FAILED,
    /** Login failed, or the token/extension credentials were not accepted. */
    UNAUTHORIZED,
    /** The addressed session (call leg) does not exist (code seen with HTTP 404; not in the vendor excerpt). */
    NOT_FOUND;

    /** The code for a vendor string; null, blank or unlisted values give {@link #UNKNOWN}. */
    public static PortsipErrorCode of(String code) {
        if (code == null || code.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
