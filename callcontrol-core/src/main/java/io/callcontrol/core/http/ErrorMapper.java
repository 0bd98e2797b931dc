package io.callcontrol.core.http;

import io.callcontrol.core.error.CallControlException;

/**
 * Turns a vendor's failed HTTP answer into the component's typed exception (with the vendor's code, message,
 * status and raw body), and tells which answers mean "the credentials were not accepted".
 */
public interface ErrorMapper {

    /** Whether the answer is a failure at all (default: not 2xx). */
    default boolean isError(HttpResult result) {
        return !result.isSuccess();
    }

    /** Whether the answer means the credentials/token/session were rejected (default: HTTP 401). */
    default boolean isAuthenticationFailure(HttpResult result) {
        return result.status() == 401;
    }

    /** The typed exception for a failed answer. */
    CallControlException toException(HttpCall call, HttpResult result);
}
