package io.callcontrol.camel.broadworks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.broadworks.BroadworksInvalidCallOperationException.Reason;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.broadworks.BroadworksSimulator.ErrorShape;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error-body shape APIO answers with (the simulator sends each on the wire) keeps the sub-error's code, name,
 * text and reason -- a numeric code in an object or an {@code errors} list no longer collapses into a plain 400.
 */
class BroadworksErrorShapesTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    BroadworksSimulator sim() {
        return pbx.get();
    }

    String uri(String op, String extra) {
        return "broadworks:" + op + "?baseUrl=" + sim().baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser"
               + "&accessToken=" + BroadworksSimulator.MACHINE_TOKEN + (extra == null ? "" : "&" + extra);
    }

    Exception fail(String uri, Map<String, Object> headers) {
        Exchange ex = template.send(uri, e -> headers.forEach(e.getMessage()::setHeader));
        assertThat(ex.getException()).as("exception of " + uri).isNotNull();
        return ex.getException();
    }

    /** What the simulator answered (the last response body on the wire) has the chosen shape. */
    static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static void assertShape(ErrorShape shape, String raw) {
        switch (shape) {
            case FLAT -> assertThat(tree(raw).get("error").isTextual()).as(raw).isTrue();
            case TEXT -> assertThat(raw).as(raw).doesNotStartWith("{");
            case OBJECT -> assertThat(tree(raw).path("error").path("code").isNumber()).as(raw).isTrue();
            case ERRORS_LIST -> assertThat(tree(raw).path("errors").path(0).path("code").isNumber()).as(raw)
                    .isTrue();
            case TOP_LEVEL -> assertThat(tree(raw).path("code").isTextual()).as(raw).isTrue();
            case OCI -> assertThat(tree(raw).path("error").has("errorCode")).as(raw).isTrue();
            default -> throw new AssertionError(shape);
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorShape.class)
    void subErrorsKeepCodeNameTextAndReasonInEveryShape(ErrorShape shape) {
        sim().errorShape(shape);

        String ringing = sim().seedCall("foouser", "Originator", "Alerting/Ringing", "+3212345678", false);
        Exception hold = fail(uri("hold", null), Map.of(BroadworksConstants.CALL_ID, ringing));
        assertThat(hold).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
            assertShape(shape, e.getRawBody());
            assertThat(e.getErrorCode()).isEqualTo("59");
            assertThat(e.getErrorName()).isEqualTo("INVALID_CALL_OPERATION");
            assertThat(e.getSubError()).isEqualTo("The state of the call is not valid.");
            assertThat(e.getReason()).isEqualTo(Reason.CALL_STATE_INVALID);
            assertThat(e.getHttpStatus()).isEqualTo(400);
        });

        String active = sim().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        sim().failTransfersTo("+3200000000");
        Exception transfer = fail(uri("blind_transfer", "phoneNumber=RAW(+3200000000)"),
                Map.of(BroadworksConstants.CALL_ID, active));
        assertThat(transfer).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
            assertShape(shape, e.getRawBody());
            assertThat(e.getErrorCode()).isEqualTo("59");
            assertThat(e.getSubError()).isEqualTo("Transfer has failed.");
            assertThat(e.getReason()).isEqualTo(Reason.TRANSFER_FAILED);
        });

        sim().imrnPool(List.of());
        Exception imrn = fail(uri("create_imrn", "phoneNumber=RAW(+3225126778)"),
                Map.of(BroadworksConstants.CALLING_PHONE_NUMBER, "+3225126780"));
        assertThat(imrn).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("59");
            assertThat(e.getErrorName()).isNull();
            assertThat(e.getSubError()).isEqualTo("IMRN allocation failed.");
            assertThat(e.getReason()).isEqualTo(Reason.IMRN_ALLOCATION_FAILED);
        });
    }

    @ParameterizedTest
    @EnumSource(ErrorShape.class)
    void plainErrorsMapOnTheStatusWithTheVendorText(ErrorShape shape) {
        sim().errorShape(shape);
        assertThat(fail(uri("call", "phoneNumber=*72"), Map.of()))
                .isInstanceOfSatisfying(BroadworksException.BadRequest.class, e -> {
                    assertShape(shape, e.getRawBody());
                    assertThat(e.getErrorCode()).isEqualTo("400");
                    assertThat(e.getErrorMessage()).isEqualTo("invalid phone number");
                });
        assertThat(fail(uri("list_calls", null), Map.of(BroadworksConstants.USER_ID, "nobody")))
                .isInstanceOfSatisfying(BroadworksException.InvalidUser.class,
                        e -> assertThat(e.getErrorMessage()).isEqualTo("invalid calling user"));
        assertThat(fail(uri("get_call", null), Map.of(BroadworksConstants.CALL_ID, "callhalf-1:0")))
                .isInstanceOfSatisfying(BroadworksException.NotFound.class,
                        e -> assertThat(e.getErrorMessage()).isEqualTo("call not found"));
    }

    @ParameterizedTest
    @EnumSource(value = ErrorShape.class, names = { "OBJECT", "ERRORS_LIST" })
    void aSubErrorInA2xxBodyIsStillAnError(ErrorShape shape) throws Exception {
        // the document lists the sub-errors next to "200 OK": a 2xx carrying one is an error too
        JsonNode body = tree(shape == ErrorShape.OBJECT
                ? "{\"error\":{\"code\":59,\"name\":\"INVALID_CALL_OPERATION\",\"message\":\"Recording is not active.\"}}"
                : "{\"errors\":[{\"code\":59,\"text\":\"Recording is not active.\",\"reason\":\"RECORDING_NOT_ACTIVE\"}]}");
        io.callcontrol.camel.broadworks.api.BroadworksErrors mapper = new io.callcontrol.camel.broadworks.api.BroadworksErrors();
        io.callcontrol.core.http.HttpResult ok = new io.callcontrol.core.http.HttpResult(200, Map.of(),
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
        assertThat(mapper.isError(ok)).isTrue();
        assertThat(mapper.toException(null, ok)).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class,
                e -> assertThat(e.getReason()).isEqualTo(Reason.RECORDING_NOT_ACTIVE));
    }
}
