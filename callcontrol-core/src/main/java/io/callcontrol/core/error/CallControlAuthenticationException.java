package io.callcontrol.core.error;

/**
 * The vendor rejected the credentials: the login failed, or a request was refused again after the one
 * re-login retry.
 */
public class CallControlAuthenticationException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public CallControlAuthenticationException(String vendor, String errorCode, String errorMessage, int httpStatus,
                                              String rawBody, Object details) {
        super(vendor, errorCode, errorMessage, httpStatus, rawBody, details, null);
    }

    @Override
    public boolean isAuthenticationFailure() {
        return true;
    }
}
