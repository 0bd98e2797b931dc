package io.callcontrol.camel.portasip;

import io.callcontrol.core.error.CallControlException;

/**
 * An error PortaSIP answered: the Call Control API error ({@code code}, {@code message}, {@code details}) such as
 * {@code sip.call_not_found}, {@code sip.wrong_parameters}, {@code sip.call_control_disabled},
 * {@code sip.service_not_enabled}, {@code sip.unsupported_method}, {@code sip.internal_server_error},
 * {@code internal_error}, or a JSON API fault ({@code faultcode}, {@code faultstring}).
 * <p>
 * {@link #getDelivery()} is {@code REJECTED} for these (PortaSIP answered); transport failures are
 * {@code CallControlConnectionException}/{@code CallControlTimeoutException} with {@code NOT_SENT} or {@code UNKNOWN}.
 */
public class PortasipException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public static final String VENDOR = "portasip";

    public PortasipException(String errorCode, String errorMessage, int httpStatus, String rawBody, Object details) {
        super(VENDOR, errorCode, errorMessage, httpStatus, rawBody, details, null);
    }

    /** Builds the exception for a vendor error code: the subclass the code calls for. */
    public static PortasipException of(String errorCode, String errorMessage, int httpStatus, String rawBody, Object details) {
        if ("sip.call_not_found".equals(errorCode)) {
            return new PortasipCallNotFoundException(errorMessage, rawBody, details);
        }
        if (errorCode != null && errorCode.toLowerCase(java.util.Locale.ROOT).contains("auth")
                || isInvalidSession(errorCode, errorMessage)) {
            return new PortasipAuthenticationException(errorCode, errorMessage, httpStatus, rawBody, details);
        }
        return new PortasipException(errorCode, errorMessage, httpStatus, rawBody, details);
    }

    /**
     * Whether the answer says the session is unknown to the server -- PortaSIP answers {@code internal_error}
     * "Session is not valid" when it forgot the session (restart, clean-up) while the socket stayed up: a session
     * (authentication) failure, answered by logging in again.
     */
    public static boolean isInvalidSession(String errorCode, String errorMessage) {
        if (errorMessage == null) {
            return false;
        }
        String m = errorMessage.toLowerCase(java.util.Locale.ROOT);
        return m.contains("session") && (m.contains("not valid") || m.contains("invalid") || m.contains("expired"));
    }
}
