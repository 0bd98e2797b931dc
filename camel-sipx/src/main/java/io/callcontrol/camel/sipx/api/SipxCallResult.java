package io.callcontrol.camel.sipx.api;

/**
 * What {@code call} and {@code transfer} answer: the request as sent (sipX answers with no data of its own) and the
 * HTTP status. Query the progress with {@code status} (or the {@code sipx:status} consumer).
 */
public record SipxCallResult(String action, String callingUser, String calledUser, String agent, String sipMethod,
                             String target, int httpStatus, String body) {
}
