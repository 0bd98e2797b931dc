package io.callcontrol.camel.portasip;

/** {@code sip.call_not_found}: the call (call part) given by id and tag does not exist (any more). */
public class PortasipCallNotFoundException extends PortasipException {

    private static final long serialVersionUID = 1L;

    public PortasipCallNotFoundException(String errorMessage, String rawBody, Object details) {
        super("sip.call_not_found", errorMessage, 0, rawBody, details);
    }
}
