package io.callcontrol.camel.broadworks;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.callcontrol.camel.broadworks.BroadworksInvalidCallOperationException.Reason;
import io.callcontrol.camel.broadworks.api.BroadworksErrors;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Error body shapes the simulator does not send: the document does not fix the format. */
class BroadworksErrorsTest {

    final BroadworksErrors errors = new BroadworksErrors();
    final HttpCall call = HttpCall.builder("PUT", "http://h/x").build();

    static HttpResult result(int status, String body) {
        return new HttpResult(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"error\": \"59: INVALID_CALL_OPERATION, \\u201cThe call is in the detached state.\\u201d\"}",
            "{\"message\": \"59: INVALID_CALL_OPERATION, The call is in the detached state.\"}",
            "{\"error\": {\"message\": \"59: INVALID_CALL_OPERATION, The call is in the detached state.\"}}",
            "{\"errors\": [{\"detail\": \"59: INVALID_CALL_OPERATION, The call is in the detached state.\"}]}",
            "59: INVALID_CALL_OPERATION, \"The call is in the detached state.\"",
    })
    void subErrorIsFoundInAnyShape(String body) {
        assertThat(errors.toException(call, result(400, body)))
                .isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.CALL_DETACHED);
                    assertThat(e.getSubError()).isEqualTo("The call is in the detached state.");
                    assertThat(e.getErrorName()).isEqualTo("INVALID_CALL_OPERATION");
                    assertThat(e.getRawBody()).isEqualTo(body);
                });
    }

    @Test
    void subErrorInA200IsAnError() {
        assertThat(errors.isError(result(200, "{\"error\": \"59: INVALID_CALL_OPERATION, Transfer has failed.\"}")))
                .isTrue();
        assertThat(errors.isError(result(200, "{}"))).isFalse();
        assertThat(errors.isError(result(200, "{\"calls\": []}"))).isFalse();
    }

    @Test
    void unknownSubErrorKeepsItsText() {
        assertThat(errors.toException(call, result(400, "{\"error\": \"59: INVALID_CALL_OPERATION, Something new.\"}")))
                .isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.OTHER);
                    assertThat(e.getSubError()).isEqualTo("Something new.");
                });
        assertThat(errors.toException(call, result(502, ""))).isExactlyInstanceOf(BroadworksException.class)
                .satisfies(e -> assertThat(((BroadworksException) e).getErrorMessage()).isEqualTo("HTTP 502"));
    }
}
