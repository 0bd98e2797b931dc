package io.callcontrol.camel.ucdialogs;

import io.callcontrol.core.error.CallControlException;

/**
 * An error answer of the calls API: {@code {"error_code":N,"error_message":".."}} with its HTTP status. The vendor
 * code is {@link #getErrorCode()} (as text), the message {@link #getErrorMessage()}.
 */
public class UcDialogsException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public UcDialogsException(String errorCode, String errorMessage, int httpStatus, String rawBody) {
        super(UcDialogsComponent.SCHEME, errorCode, errorMessage, httpStatus, rawBody);
    }
}
