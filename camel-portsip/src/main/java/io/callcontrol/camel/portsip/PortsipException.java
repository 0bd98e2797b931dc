package io.callcontrol.camel.portsip;

import java.util.List;

import io.callcontrol.camel.portsip.api.PortsipError;
import io.callcontrol.core.error.CallControlException;

/**
 * An error the PortSIP PBX reported: its {@code {"errors":[{"code","message","detail"}]}} body as a typed
 * exception. {@link #getErrorCode()} is the code as sent, {@link #getCode()} the known code (or
 * {@link PortsipErrorCode#UNKNOWN}), {@link #getDetail()} the first error's detail, {@link #getErrors()} all of
 * them; {@link #getHttpStatus()} and {@link #getRawBody()} the answer itself.
 */
public class PortsipException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public static final String VENDOR = "portsip";

    private final transient List<PortsipError> errors;

    public PortsipException(String errorCode, String errorMessage, int httpStatus, String rawBody,
                            List<PortsipError> errors) {
        super(VENDOR, errorCode, errorMessage, httpStatus, rawBody,
                errors == null || errors.isEmpty() ? null : errors.get(0).detail(), null);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The known error code; {@link PortsipErrorCode#UNKNOWN} for codes this version does not know. */
    public PortsipErrorCode getCode() {
        return PortsipErrorCode.of(getErrorCode());
    }

    /** The first error's {@code detail}, may be null. */
    public String getDetail() {
        return (String) getDetails();
    }

    /** Every entry of the error body, in order (empty when the body was not PortSIP's error format). */
    public List<PortsipError> getErrors() {
        return errors;
    }
}
