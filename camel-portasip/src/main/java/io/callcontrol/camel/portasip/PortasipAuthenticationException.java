package io.callcontrol.camel.portasip;

/** PortaSIP refused the credentials: the login failed, or a request was refused again after the one re-login. */
public class PortasipAuthenticationException extends PortasipException {

    private static final long serialVersionUID = 1L;

    public PortasipAuthenticationException(String errorCode, String errorMessage, int httpStatus, String rawBody,
                                           Object details) {
        super(errorCode, errorMessage, httpStatus, rawBody, details);
    }
}
