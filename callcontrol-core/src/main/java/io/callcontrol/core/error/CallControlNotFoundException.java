package io.callcontrol.core.error;

/** The call, session, dialog or object named in the request does not exist at the vendor. */
public class CallControlNotFoundException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public CallControlNotFoundException(String vendor, String errorCode, String errorMessage, int httpStatus,
                                        String rawBody, Object details) {
        super(vendor, errorCode, errorMessage, httpStatus, rawBody, details, null);
    }
}
