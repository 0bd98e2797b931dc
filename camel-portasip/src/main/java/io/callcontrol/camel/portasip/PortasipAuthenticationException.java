package io.callcontrol.camel.portasip;

/**
 * PortaSIP refused the credentials: the login failed (whatever the vendor's code: {@link #getErrorCode()} and
 * {@link #getErrorMessage()} are PortaSIP's), the session is not (or no longer) valid, or a request was refused
 * again after the one re-login. {@link #isAuthenticationFailure()} is true: a connection whose login is refused
 * {@code maxAuthenticationAttempts} times in a row stops reconnecting.
 */
public class PortasipAuthenticationException extends PortasipException {

    private static final long serialVersionUID = 1L;

    public PortasipAuthenticationException(String errorCode, String errorMessage, int httpStatus, String rawBody,
                                           Object details) {
        super(errorCode, errorMessage, httpStatus, rawBody, details);
    }

    @Override
    public boolean isAuthenticationFailure() {
        return true;
    }
}
