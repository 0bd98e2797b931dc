package io.callcontrol.core.error;

import org.apache.camel.RuntimeCamelException;

/**
 * Root of the suite's exception hierarchy: an error the vendor reported (with its code, message, HTTP
 * status and raw body), a transport failure, a timeout or invalid input. Each component has its own
 * subclass (e.g. {@code PortsipException}) so a route can catch one vendor's errors with
 * {@code onException(PortsipException.class)}. The subtypes here classify failures that are not the vendor's
 * answer: {@link CallControlTimeoutException}, {@link CallControlConnectionException},
 * {@link CallControlValidationException} (invalid input, nothing sent) and
 * {@link CallControlAuthenticationException} (a login that failed).
 */
public class CallControlException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final String vendor;
    private final String errorCode;
    private final String errorMessage;
    private final int httpStatus;
    private final String rawBody;
    private final Object details;

    public CallControlException(String vendor, String errorCode, String errorMessage, int httpStatus, String rawBody,
                                Object details, Throwable cause) {
        super(describe(vendor, errorCode, errorMessage, httpStatus), cause);
        this.vendor = vendor;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.httpStatus = httpStatus;
        this.rawBody = rawBody;
        this.details = details;
    }

    public CallControlException(String vendor, String errorCode, String errorMessage, int httpStatus, String rawBody) {
        this(vendor, errorCode, errorMessage, httpStatus, rawBody, null, null);
    }

    public CallControlException(String vendor, String message, Throwable cause) {
        this(vendor, null, message, 0, null, null, cause);
    }

    private static String describe(String vendor, String code, String message, int status) {
        StringBuilder sb = new StringBuilder();
        sb.append(vendor == null ? "call control" : vendor).append(" error");
        if (code != null) {
            sb.append(' ').append(code);
        }
        if (status > 0) {
            sb.append(" (HTTP ").append(status).append(')');
        }
        if (message != null) {
            sb.append(": ").append(message);
        }
        return sb.toString();
    }

    /** Component scheme of the vendor that failed. */
    public String getVendor() {
        return vendor;
    }

    /** The vendor's error code, as sent (e.g. {@code VALIDATE_FAILED}, {@code sip.call_not_found}); may be null. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The vendor's error message, as sent; for transport errors, a description. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** HTTP status of the vendor's answer, 0 when there was no HTTP answer. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The vendor's raw answer body, when there was one. */
    public String getRawBody() {
        return rawBody;
    }

    /** Further vendor details (a sub-error text, a details object), may be null. */
    public Object getDetails() {
        return details;
    }
}
