package io.callcontrol.camel.portasip.jsonapi;

import io.callcontrol.camel.portasip.PortasipException;

/**
 * A fault answered by the PortaSIP JSON API: HTTP 500 (or another failure status) with the body
 * {@code {"faultcode": .., "faultstring": ..}}. The fault code is {@link #getErrorCode()} /
 * {@link #getFaultCode()}, the human-readable text {@link #getErrorMessage()} / {@link #getFaultString()}. A
 * {@link PortasipException}, so one {@code onException(PortasipException.class)} covers both PortaSIP APIs.
 */
public class PortasipFaultException extends PortasipException {

    private static final long serialVersionUID = 1L;

    public PortasipFaultException(String faultCode, String faultString, int httpStatus, String rawBody) {
        super(faultCode, faultString, httpStatus, rawBody, null);
    }

    /** {@code faultcode}: the machine-readable fault identifier, e.g. {@code Server.Session.check_auth.auth_failed}. */
    public String getFaultCode() {
        return getErrorCode();
    }

    /** {@code faultstring}: the human-readable explanation. */
    public String getFaultString() {
        return getErrorMessage();
    }

    /** Whether the fault says the session, token or credentials were not accepted. */
    public boolean isAuthenticationFault() {
        return PortasipJsonApiClient.isAuthFaultCode(getFaultCode());
    }

    /** The credentials were refused: an authentication fault, or any fault answered to {@code Session.login}. */
    @Override
    public boolean isAuthenticationFailure() {
        String code = getFaultCode();
        return isAuthenticationFault() || code != null && code.contains("Session.login");
    }
}
