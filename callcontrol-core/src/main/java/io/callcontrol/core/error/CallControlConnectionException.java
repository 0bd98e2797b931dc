package io.callcontrol.core.error;

/** The connection to the vendor could not be made, or dropped while the request was outstanding. */
public class CallControlConnectionException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public CallControlConnectionException(String vendor, String message, Throwable cause) {
        super(vendor, "CONNECTION", message, 0, null, null, cause);
    }
}
