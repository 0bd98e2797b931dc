package io.callcontrol.camel.sipx;

import io.callcontrol.core.error.CallControlException;

/**
 * An error answered by the sipX call controller. For XML {@code <processing-status>} answers,
 * {@link #getErrorCode()} is the {@code error-code} of the body (which may differ from the HTTP status: "call not
 * found" comes as HTTP 406 with 403 in the body) and {@link #getErrorMessage()} the {@code error-text}; for plain
 * text answers (HTTP 500) the code is the HTTP status and the message the text.
 */
public class SipxException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public SipxException(String errorCode, String errorMessage, int httpStatus, String rawBody) {
        super(SipxConstants.SCHEME, errorCode, errorMessage, httpStatus, rawBody, null, null);
    }

    /** 400: missing parties, invalid parameter values, transfer without target. */
    public static class BadRequest extends SipxException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody);
        }
    }

    /** 401: credentials rejected (Digest/Basic), or the redirector's user is neither the agent nor the caller. */
    public static class Unauthorized extends SipxException {
        private static final long serialVersionUID = 1L;

        public Unauthorized(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody);
        }
    }

    /** 403: bad agent credentials (the authenticated user is not the agent). */
    public static class Forbidden extends SipxException {
        private static final long serialVersionUID = 1L;

        public Forbidden(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody);
        }
    }

    /** HTTP 406 with 403 in the body: "call not found" (status of an unknown call, transfer without INVITE call). */
    public static class CallNotFound extends SipxException {
        private static final long serialVersionUID = 1L;

        public CallNotFound(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody);
        }
    }

    /** HTTP 406 with 403 in the body: "call in progress" (a call between the same parties is still set up). */
    public static class CallInProgress extends SipxException {
        private static final long serialVersionUID = 1L;

        public CallInProgress(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody);
        }
    }

    /** HTTP 500 with a plain-text body: an exception inside the call controller. */
    public static class ServerError extends SipxException {
        private static final long serialVersionUID = 1L;

        public ServerError(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody);
        }
    }
}
