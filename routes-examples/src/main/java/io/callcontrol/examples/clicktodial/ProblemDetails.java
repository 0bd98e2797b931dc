package io.callcontrol.examples.clicktodial;

import java.util.LinkedHashMap;
import java.util.Map;

import io.callcontrol.core.error.CallControlAuthenticationException;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.CallControlValidationException;
import org.apache.camel.Exchange;

/**
 * A failed click-to-dial as an RFC 7807 problem ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, the {@code fields} at fault for bad input, and for a vendor's error its
 * {@code vendor}, {@code vendorCode}, {@code vendorMessage} and {@code vendorStatus}.
 * <ul>
 * <li>invalid input ({@link ClickToDialProblem}, {@link CallControlValidationException}): 400 (415 for another media
 * type), nothing dialled;</li>
 * <li>the vendor refused the request itself (its 400, 403, 404, 409, 422): that status -- e.g. BroadWorks' 403 "invalid
 * calling user";</li>
 * <li>the vendor failed or refused our credentials (its 401, 5xx, another error, a login that failed): 502; the vendor
 * could not be reached: 502; it did not answer in time: 504; it asks to slow down (429): 503;</li>
 * <li>anything else: 500, with the exception's message.</li>
 * </ul>
 */
public final class ProblemDetails {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://callcontrol.io/problems/click-to-dial/";

    private ProblemDetails() {
    }

    /**
     * Answers the exchange's caught exception over HTTP: the problem as JSON, its status, content type
     * {@code application/problem+json} and no other header.
     */
    public static void respond(Exchange exchange) throws Exception {
        Map<String, Object> problem = of(caught(exchange), exchange.getVariable("request", ClickToDial.class));
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.get("status"));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, MEDIA_TYPE);
        exchange.getMessage().setBody(ClickToDialRequests.JSON.writeValueAsString(problem));
    }

    /** The exception the exchange failed with (caught by an error handler or a doCatch). */
    public static Throwable caught(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return e != null ? e : exchange.getException();
    }

    /** The problem of this failure of this request (the request may be null when it could not be read). */
    public static Map<String, Object> of(Throwable failure, ClickToDial request) {
        Throwable e = unwrap(failure);
        Map<String, Object> p = new LinkedHashMap<>();
        if (e instanceof ClickToDialProblem bad) {
            fill(p, bad.getStatus() == 415 ? "unsupported-media-type" : "invalid-request", bad.getTitle(),
                    bad.getStatus(), bad.getMessage());
            p.put("fields", bad.getFields());
        } else if (e instanceof CallControlValidationException invalid) {
            fill(p, "invalid-request", "Bad Request", 400, invalid.getErrorMessage());
            p.put("fields", invalid.getParameters());
        } else if (e instanceof CallControlException vendor) {
            int status = statusFor(vendor);
            fill(p, status < 500 ? "refused-by-vendor" : "vendor-failed", title(status), status,
                    vendor.getMessage());
            p.put("vendor", vendor.getVendor());
            p.put("vendorCode", vendor.getErrorCode());
            p.put("vendorMessage", vendor.getErrorMessage());
            if (vendor.getHttpStatus() > 0) {
                p.put("vendorStatus", vendor.getHttpStatus());
            }
        } else {
            fill(p, "internal-error", "Internal Server Error", 500,
                    e == null ? "unknown failure" : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (request != null && request.requestId() != null) {
            p.put("requestId", request.requestId());
        }
        p.values().removeIf(v -> v == null);
        return p;
    }

    static int statusFor(CallControlException e) {
        if (e instanceof CallControlTimeoutException) {
            return 504;
        }
        if (e instanceof CallControlConnectionException || e instanceof CallControlAuthenticationException) {
            return 502;
        }
        return switch (e.getHttpStatus()) {
            case 400, 403, 404, 409, 422 -> e.getHttpStatus();
            case 429 -> 503;
            default -> 502;
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Bad Gateway";
        };
    }

    private static void fill(Map<String, Object> p, String type, String title, int status, String detail) {
        p.put("type", TYPE_BASE + type);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 5 && t != null; i++) {
            if (t instanceof ClickToDialProblem || t instanceof CallControlException) {
                return t;
            }
            t = t.getCause();
        }
        return e;
    }
}
