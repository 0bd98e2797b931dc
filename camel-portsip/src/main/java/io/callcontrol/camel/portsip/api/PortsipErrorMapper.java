package io.callcontrol.camel.portsip.api;

import java.util.List;

import io.callcontrol.camel.portsip.PortsipErrorCode;
import io.callcontrol.camel.portsip.PortsipException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.http.ErrorMapper;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;
import io.callcontrol.core.json.Json;

/**
 * Maps PortSIP's failed answers ({@code {"errors":[{"code","message","detail"}]}}) to {@link PortsipException}.
 * A token is considered rejected on HTTP 401, or on an {@code UNAUTHORIZED} code answered to a request that
 * carried a Bearer token.
 */
final class PortsipErrorMapper implements ErrorMapper {

    static final PortsipErrorMapper API = new PortsipErrorMapper(true);
    /** For the login itself: a rejection is final (no re-login loop). */
    static final PortsipErrorMapper LOGIN = new PortsipErrorMapper(false);

    private final boolean tokenRequests;

    private PortsipErrorMapper(boolean tokenRequests) {
        this.tokenRequests = tokenRequests;
    }

    @Override
    public boolean isAuthenticationFailure(HttpResult result) {
        if (!tokenRequests) {
            return false;
        }
        if (result.status() == 401) {
            return true;
        }
        PortsipError.Body body = parse(result);
        return body != null && body.errors() != null && body.errors().stream()
                .anyMatch(e -> PortsipErrorCode.of(e.code()) == PortsipErrorCode.UNAUTHORIZED);
    }

    @Override
    public CallControlException toException(HttpCall call, HttpResult result) {
        PortsipError.Body body = parse(result);
        List<PortsipError> errors = body == null || body.errors() == null ? List.of() : body.errors();
        if (errors.isEmpty()) {
            String text = result.text();
            String excerpt = text.length() > 200 ? text.substring(0, 200) + "..." : text;
            String message = call.method() + " " + path(call) + " answered HTTP " + result.status()
                             + (text.isBlank() ? "" : ": " + excerpt);
            return new PortsipException(null, message, result.status(), text, List.of());
        }
        PortsipError first = errors.get(0);
        return new PortsipException(first.code(), first.message(), result.status(), result.text(), errors);
    }

    private static String path(HttpCall call) {
        String url = call.url();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static PortsipError.Body parse(HttpResult result) {
        if (!result.hasBody()) {
            return null;
        }
        try {
            return Json.read(result.body(), PortsipError.Body.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
