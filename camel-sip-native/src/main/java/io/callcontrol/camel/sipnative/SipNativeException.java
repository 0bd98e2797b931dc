package io.callcontrol.camel.sipnative;

import io.callcontrol.core.error.CallControlException;

/**
 * A SIP peer answered with a failure status (the status code is {@link #getHttpStatus()} and, as a string,
 * {@link #getErrorCode()}; the reason phrase is {@link #getErrorMessage()}; the raw response is
 * {@link #getRawBody()}), or the component refused the request (e.g. an unknown dialog).
 */
public class SipNativeException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public static final String VENDOR = "sip-native";

    public SipNativeException(String errorCode, String errorMessage, int sipStatus, String rawResponse) {
        super(VENDOR, errorCode, errorMessage, sipStatus, rawResponse);
    }

    /** A failure response: code and reason phrase of the SIP status line, the raw response text. */
    public static SipNativeException ofStatus(int status, String reason, String rawResponse) {
        return new SipNativeException(String.valueOf(status), reason, status, rawResponse);
    }

    /** The SIP status code of the failure response, 0 when there was none. */
    public int getSipStatus() {
        return getHttpStatus();
    }
}
