package io.callcontrol.core.error;

/**
 * No answer within the configured timeout. The request may or may not have taken effect at the vendor
 * ({@link Delivery#UNKNOWN}), unless it never left the client ({@link Delivery#NOT_SENT}: e.g. it waited for a
 * connection or a session that did not come in time).
 */
public class CallControlTimeoutException extends CallControlException {

    private static final long serialVersionUID = 1L;

    public CallControlTimeoutException(String vendor, String message, Throwable cause) {
        this(vendor, message, cause, Delivery.UNKNOWN);
    }

    public CallControlTimeoutException(String vendor, String message, Throwable cause, Delivery delivery) {
        super(vendor, "TIMEOUT", message, 0, null, null, cause);
        withDelivery(delivery == null ? Delivery.UNKNOWN : delivery);
    }
}
