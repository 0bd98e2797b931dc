package io.callcontrol.core.error;

/** No answer within the configured timeout. The request may or may not have taken effect at the vendor. */
public class CallControlTimeoutException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public CallControlTimeoutException(String vendor, String message, Throwable cause) {
        super(vendor, "TIMEOUT", message, 0, null, null, cause);
    }
}
