package io.callcontrol.camel.broadworks;

import io.callcontrol.core.error.CallControlException;

/**
 * An error answered by the BroadWorks (APIO) call service. {@link #getErrorCode()} is the sub-error code when the
 * answer carried one (e.g. {@code 59}), else the HTTP status; {@link #getErrorMessage()} the vendor's text, unchanged.
 * Subclasses classify the documented failures.
 */
public class BroadworksException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public BroadworksException(String errorCode, String errorMessage, int httpStatus, String rawBody, Object details) {
        super(BroadworksConstants.SCHEME, errorCode, errorMessage, httpStatus, rawBody, details, null);
    }

    /** 400: invalid phone number, invalid call state (retrieve), missing field. */
    public static class BadRequest extends BroadworksException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody, null);
        }
    }

    /** 401: the token or the login credentials were rejected (after the one re-login). */
    public static class Unauthorized extends BroadworksException {
        private static final long serialVersionUID = 1L;

        public Unauthorized(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody, null);
        }
    }

    /** 403: "error invalid calling user" (unknown tenant/group/user or no rights). */
    public static class InvalidUser extends BroadworksException {
        private static final long serialVersionUID = 1L;

        public InvalidUser(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody, null);
        }
    }

    /** 404: call not found, no call to retrieve, callingPhoneNumber not found. */
    public static class NotFound extends BroadworksException {
        private static final long serialVersionUID = 1L;

        public NotFound(String errorCode, String errorMessage, int httpStatus, String rawBody) {
            super(errorCode, errorMessage, httpStatus, rawBody, null);
        }
    }
}
