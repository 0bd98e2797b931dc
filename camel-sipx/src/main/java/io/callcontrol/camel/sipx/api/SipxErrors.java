package io.callcontrol.camel.sipx.api;

import java.util.Locale;

import io.callcontrol.camel.sipx.SipxException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.http.ErrorMapper;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;

/**
 * Maps failed answers to {@link SipxException}s: XML {@code <processing-status>} (error-code and error-text kept),
 * the documented quirks (HTTP 406 with 403 in the body for "call not found"/"call in progress"; HTTP 500 with plain
 * text), and bare HTTP statuses. A 2xx answer that is a {@code <processing-status>} with {@code error-flag} true is
 * an error too.
 */
public final class SipxErrors implements ErrorMapper {

    @Override
    public boolean isError(HttpResult result) {
        if (!result.isSuccess()) {
            return true;
        }
        SipxProcessingStatus ps = processingStatus(result.text());
        return ps != null && ps.errorFlag();
    }

    @Override
    public CallControlException toException(HttpCall call, HttpResult result) {
        String raw = result.text();
        int status = result.status();
        SipxProcessingStatus ps = processingStatus(raw);
        String code = ps != null && ps.errorCode() != null ? ps.errorCode() : String.valueOf(status);
        String text = ps != null ? ps.errorText() : raw.isBlank() ? "HTTP " + status : raw.trim();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (status == 406 || (ps != null && "403".equals(ps.errorCode()) && status != 403)) {
            if (lower.contains("in progress")) {
                return new SipxException.CallInProgress(code, text, status, raw);
            }
            if (lower.contains("not found")) {
                return new SipxException.CallNotFound(code, text, status, raw);
            }
        }
        return switch (status) {
            case 400 -> new SipxException.BadRequest(code, text, status, raw);
            case 401 -> new SipxException.Unauthorized(code, text, status, raw);
            case 403 -> new SipxException.Forbidden(code, text, status, raw);
            case 500 -> new SipxException.ServerError(code, text, status, raw);
            default -> new SipxException(code, text, status, raw);
        };
    }

    static SipxProcessingStatus processingStatus(String text) {
        // a <processing-status> document names its root element (prefixed or not): anything else is not one, and a
        // 2xx call status is not parsed twice
        if (!SipxXml.isXml(text) || !text.contains("processing-status")) {
            return null;
        }
        try {
            return SipxXml.processingStatus(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
