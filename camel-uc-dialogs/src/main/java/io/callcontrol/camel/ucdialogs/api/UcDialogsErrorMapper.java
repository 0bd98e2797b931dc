package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.ucdialogs.UcDialogsAuthenticationException;
import io.callcontrol.camel.ucdialogs.UcDialogsException;
import io.callcontrol.camel.ucdialogs.UcDialogsNotFoundException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.http.ErrorMapper;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;

/** Maps {@code {error_code, error_message}} answers to the component's exceptions. */
public final class UcDialogsErrorMapper implements ErrorMapper {

    public static final UcDialogsErrorMapper INSTANCE = new UcDialogsErrorMapper();

    @Override
    public CallControlException toException(HttpCall call, HttpResult result) {
        JsonNode tree = result.jsonTreeOrNull();
        String code = null;
        String message = null;
        if (tree != null && tree.isObject()) {
            code = tree.hasNonNull("error_code") ? tree.get("error_code").asText() : null;
            message = tree.hasNonNull("error_message") ? tree.get("error_message").asText() : null;
        }
        if (message == null) {
            message = call.method() + " " + call.url() + " answered HTTP " + result.status()
                    + (result.hasBody() ? ": " + abbreviate(result.text()) : "");
        }
        int status = result.status();
        if (status == 404) {
            return new UcDialogsNotFoundException(code, message, status, result.text());
        }
        if (status == 401 || status == 403) {
            return new UcDialogsAuthenticationException(code, message, status, result.text());
        }
        return new UcDialogsException(code, message, status, result.text());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
