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
 * <p>
 * Every failure says whether the request reached the PBX: {@link #getDelivery()} ({@link Delivery#NOT_SENT}: safe to
 * retry, {@link Delivery#UNKNOWN}: written but unanswered, {@link Delivery#REJECTED}: the PBX answered an error).
 * A route retries safely with
 * {@code onException(CallControlException.class).onWhen(simple("${exception.delivery} == 'NOT_SENT'"))}.
 */
public class CallControlException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final String vendor;
    private final String errorCode;
    private final String errorMessage;
    private final int httpStatus;
    private final String rawBody;
    private final Object details;
    private volatile Delivery delivery;

    public CallControlException(String vendor, String errorCode, String errorMessage, int httpStatus, String rawBody,
                                Object details, Throwable cause) {
        super(describe(vendor, errorCode, errorMessage, httpStatus), cause);
        this.vendor = vendor;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.httpStatus = httpStatus;
        this.rawBody = rawBody;
        this.details = details;
        this.delivery = defaultDelivery();
    }

    public CallControlException(String vendor, String errorCode, String errorMessage, int httpStatus, String rawBody) {
        this(vendor, errorCode, errorMessage, httpStatus, rawBody, null, null);
    }

    public CallControlException(String vendor, String message, Throwable cause) {
        this(vendor, null, message, 0, null, null, cause);
    }

    /**
     * The delivery a failure of this kind has unless the transport says otherwise: invalid input was never sent; a
     * vendor's answer (an error code, an HTTP status or a body) was received by the PBX; anything else is unknown.
     */
    protected Delivery defaultDelivery() {
        if (this instanceof CallControlValidationException) {
            return Delivery.NOT_SENT;
        }
        return httpStatus > 0 || rawBody != null || errorCode != null ? Delivery.REJECTED : Delivery.UNKNOWN;
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

    /**
     * Whether the request reached the PBX: {@link Delivery#NOT_SENT} (never left the client: safe to retry),
     * {@link Delivery#UNKNOWN} (written to the socket, no answer: retry only if idempotent),
     * {@link Delivery#REJECTED} (the PBX answered this error).
     */
    public Delivery getDelivery() {
        return delivery;
    }

    /** {@code sent}: false (never left the client), true (the PBX answered), null (unknown). */
    public Boolean getSent() {
        return delivery.sent();
    }

    /** Sets the delivery (the transport knows it best) and returns this exception. */
    public CallControlException withDelivery(Delivery d) {
        if (d != null) {
            this.delivery = d;
        }
        return this;
    }

    /**
     * Whether this failure means the credentials, token or session were refused -- whatever the vendor's code.
     * {@link CallControlAuthenticationException} and the components' authentication exceptions answer true;
     * reconnecting connections stop after a bounded number of such failures.
     */
    public boolean isAuthenticationFailure() {
        return false;
    }
}
