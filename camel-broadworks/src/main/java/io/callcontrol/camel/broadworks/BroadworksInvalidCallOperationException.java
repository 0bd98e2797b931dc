package io.callcontrol.camel.broadworks;

/**
 * A documented sub-error ({@code 59: INVALID_CALL_OPERATION, "..."}, {@code 59: IMRN allocation failed.}): the
 * operation is not allowed in the call's current state. {@link #getSubError()} is the vendor's text, unchanged;
 * {@link #getReason()} classifies it.
 */
public class BroadworksInvalidCallOperationException extends BroadworksException {

    private static final long serialVersionUID = 1L;

    /** The documented sub-errors. */
    public enum Reason {
        ENDPOINT_STATE_INVALID("The endpoint state of the call is not valid"),
        CALL_STATE_INVALID("The state of the call is not valid"),
        CALL_DETACHED("The call is in the detached state"),
        TRANSFER_FAILED("Transfer has failed"),
        CONSULTATIVE_TRANSFER_IN_PROGRESS("Consultative transfer already in progress"),
        NO_CHARGE_ADDRESS("User has no charge address"),
        RECORDING_DISABLED("Recording is disabled for this call"),
        RECORDING_FAILED("Recording has failed for this call"),
        STOP_NOT_SUPPORTED("User recording mode does not support stop"),
        RECORDING_NOT_ACTIVE("Recording is not active"),
        IMRN_ALLOCATION_FAILED("IMRN allocation failed"),
        /** A sub-error text this version does not know. */
        OTHER("");

        private final String prefix;

        Reason(String prefix) {
            this.prefix = prefix;
        }

        public static Reason of(String subError) {
            if (subError == null) {
                return OTHER;
            }
            String s = subError.trim().replaceAll("^[\"\u201c\u201d]+", "");
            for (Reason r : values()) {
                if (!r.prefix.isEmpty() && s.regionMatches(true, 0, r.prefix, 0, r.prefix.length())) {
                    return r;
                }
            }
            return OTHER;
        }

        /** The reason the body names ({@code reason}, e.g. {@code TRANSFER_FAILED}), else the one of the text. */
        public static Reason of(String subError, String named) {
            if (named != null) {
                for (Reason r : values()) {
                    if (r != OTHER && r.name().equalsIgnoreCase(named.trim())) {
                        return r;
                    }
                }
            }
            return of(subError);
        }
    }

    private final String errorName;
    private final String subError;
    private final Reason reason;

    public BroadworksInvalidCallOperationException(String code, String errorName, String subError, int httpStatus,
                                                   String rawBody) {
        this(code, errorName, subError, Reason.of(subError), httpStatus, rawBody);
    }

    public BroadworksInvalidCallOperationException(String code, String errorName, String subError, Reason reason,
                                                   int httpStatus, String rawBody) {
        super(code, errorName == null ? subError : errorName + ", " + subError, httpStatus, rawBody, subError);
        this.errorName = errorName;
        this.subError = subError;
        this.reason = reason == null ? Reason.OTHER : reason;
    }

    /** The error name after the code, e.g. {@code INVALID_CALL_OPERATION}; null when none was sent. */
    public String getErrorName() {
        return errorName;
    }

    /** The sub-error text as sent, e.g. {@code The state of the call is not valid.} */
    public String getSubError() {
        return subError;
    }

    public Reason getReason() {
        return reason;
    }
}
