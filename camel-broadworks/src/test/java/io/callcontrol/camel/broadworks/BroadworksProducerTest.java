package io.callcontrol.camel.broadworks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.broadworks.BroadworksInvalidCallOperationException.Reason;
import io.callcontrol.camel.broadworks.api.BroadworksCall;
import io.callcontrol.camel.broadworks.api.BroadworksCallListEntry;
import io.callcontrol.camel.broadworks.api.BroadworksCallState;
import io.callcontrol.camel.broadworks.api.BroadworksRequest;
import io.callcontrol.camel.broadworks.api.CallCreated;
import io.callcontrol.camel.broadworks.api.CallPersonality;
import io.callcontrol.camel.broadworks.api.ImrnCreated;
import io.callcontrol.camel.broadworks.api.RecordingControl;
import io.callcontrol.camel.broadworks.api.RecordingState;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BroadworksProducerTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    static final String CALLS = "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/";

    BroadworksSimulator sim() {
        return pbx.get();
    }

    String uri(String op, String extra) {
        return "broadworks:" + op + "?baseUrl=" + sim().baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser"
                + "&username=apiuser&password=apipass" + (extra == null ? "" : "&" + extra);
    }

    String tokenUri(String op, String extra) {
        return "broadworks:" + op + "?baseUrl=" + sim().baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser"
                + "&accessToken=" + BroadworksSimulator.MACHINE_TOKEN + (extra == null ? "" : "&" + extra);
    }

    Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, ex -> {
            ex.getMessage().setBody(body);
            headers.forEach(ex.getMessage()::setHeader);
        });
    }

    Exchange ok(String uri, Object body, Map<String, Object> headers) {
        Exchange ex = send(uri, body, headers);
        assertThat(ex.getException()).as("exception of " + uri).isNull();
        return ex;
    }

    static JsonNode json(RecordedRequest r) {
        return Json.tree(r.body());
    }

    String activeCall() {
        return sim().seedCall("foouser", "Originator", "Active", "+3212345678", false);
    }

    @Test
    void callLogsInThenPostsThePhoneNumber() {
        Exchange ex = ok(uri("call", null), null, Map.of(BroadworksConstants.PHONE_NUMBER, "+3212345678"));

        CallCreated created = ex.getMessage().getBody(CallCreated.class);
        assertThat(created.callId()).startsWith("callhalf-").endsWith(":0");
        assertThat(ex.getMessage().getHeader(BroadworksConstants.CALL_ID)).isEqualTo(created.callId());
        assertThat(ex.getMessage().getHeader(BroadworksConstants.EXTERNAL_TRACKING_ID))
                .isEqualTo(created.externalTrackingId()).isNotNull();

        List<RecordedRequest> wire = sim().wireLog().all();
        assertThat(wire).hasSize(2);
        assertThat(wire.get(0).method()).isEqualTo("POST");
        assertThat(wire.get(0).path()).isEqualTo(BroadworksSimulator.DEFAULT_LOGIN_PATH);
        assertThat(json(wire.get(0)).get("username").asText()).isEqualTo("apiuser");
        assertThat(json(wire.get(0)).get("password").asText()).isEqualTo("apipass");
        RecordedRequest call = wire.get(1);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo(CALLS);
        assertThat(call.header("Authorization")).startsWith("Bearer at-");
        assertThat(call.header("Content-Type")).contains("application/json");
        assertThat(json(call).get("phoneNumber").asText()).isEqualTo("+3212345678");
        assertThat(sim().calls("foouser")).singleElement().satisfies(c -> assertThat(c.get("state")).isEqualTo("Alerting/Ringing"));

        ok(uri("call", null), null, Map.of(BroadworksConstants.PHONE_NUMBER, "6781"));
        assertThat(sim().wireLog().find("POST", BroadworksSimulator.DEFAULT_LOGIN_PATH)).as("token reused").hasSize(1);
    }

    @Test
    void listCallsWithAndWithoutDetails() {
        String id = activeCall();
        sim().setState("foouser", id, "Remote Held");

        Exchange plain = ok(tokenUri("list_calls", null), null, Map.of());
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo(CALLS);
        assertThat(r.queryParam("includeDetails")).isNull();
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + BroadworksSimulator.MACHINE_TOKEN);
        List<BroadworksCallListEntry> calls = plain.getMessage().getBody(List.class);
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo(id);
            assertThat(c.inConference()).isFalse();
            assertThat(c.uri()).isEqualTo(CALLS + id + "/");
            assertThat(c.state()).isNull();
        });

        Exchange detailed = ok(tokenUri("list_calls", "includeDetails=true"), null, Map.of());
        RecordedRequest d = sim().wireLog().last();
        assertThat(d.queryParam("includeDetails")).isEqualTo("true");
        assertThat(json(d).get("includeDetails").asBoolean()).isTrue();
        List<BroadworksCallListEntry> full = detailed.getMessage().getBody(List.class);
        assertThat(full).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(BroadworksCallState.REMOTE_HELD);
            assertThat(c.personality()).isEqualTo(CallPersonality.ORIGINATOR);
            assertThat(c.remoteParty().address()).isEqualTo("+3212345678");
            assertThat(c.endpoint().addressOfRecord()).isEqualTo("LP_foouser@sip.example.com");
            assertThat(c.appearance()).isEqualTo(1);
            assertThat(c.startedAt()).isEqualTo(sim().clock().now());
        });

        // header overrides the endpoint option
        ok(tokenUri("list_calls", "includeDetails=true"), null, Map.of(BroadworksConstants.INCLUDE_DETAILS, false));
        assertThat(sim().wireLog().last().queryParam("includeDetails")).isNull();
    }

    @Test
    void getCallMapsRecordingFields() {
        String id = activeCall();
        ok(tokenUri("start_recording", null), null, Map.of(BroadworksConstants.CALL_ID, id));
        Exchange ex = ok(tokenUri("get_call", null), null, Map.of(BroadworksConstants.CALL_ID, id));
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo(CALLS + id + "/");
        BroadworksCall call = ex.getMessage().getBody(BroadworksCall.class);
        assertThat(call.callId()).isEqualTo(id);
        assertThat(call.state()).isEqualTo(BroadworksCallState.ACTIVE);
        assertThat(call.recorded()).isTrue();
        assertThat(call.recordingState()).isEqualTo(RecordingState.STARTED);
        assertThat(call.allowedRecordingControls()).isEqualTo(RecordingControl.PAUSE_STOP);
        assertThat(call.allowedRecordingControls().allowedActions()).containsExactlyInAnyOrder("pause_recording", "stop_recording");
        assertThat(call.answeredAt()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
            "hold,hold,Held",
            "start_recording,startRecording,Active",
    })
    void modifyOperationsPutTheirAction(String op, String action, String state) {
        String id = activeCall();
        ok(tokenUri(op, "callId=" + id), null, Map.of());
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.path()).isEqualTo(CALLS + id + "/");
        assertThat(json(r)).hasSize(1);
        assertThat(json(r).get("action").asText()).isEqualTo(action);
        assertThat(sim().calls("foouser").get(0).get("state")).isEqualTo(state);
    }

    @Test
    void holdReconnectAndRecordingControlsOnTheWire() {
        String id = activeCall();
        String other = sim().seedCall("foouser", "Originator", "Active", "+3299999999", false);
        Map<String, Object> h = Map.of(BroadworksConstants.CALL_ID, id);
        for (String op : List.of("hold", "start_recording", "reconnect", "pause_recording", "resume_recording",
                "stop_recording")) {
            ok(tokenUri(op, null), null, h);
        }
        List<String> actions = sim().wireLog().matching(r -> r.method().equals("PUT"))
                .stream().map(r -> json(r).get("action").asText()).toList();
        assertThat(actions).containsExactly("hold", "startRecording", "reconnect", "pauseRecording",
                "resumeRecording", "stopRecording");
        Map<String, Object> call = sim().calls("foouser").get(0);
        assertThat(call.get("callId")).isEqualTo(id);
        assertThat(call.get("state")).isEqualTo("Active");
        assertThat(call.get("recorded")).isEqualTo(false);
        assertThat(sim().calls("foouser")).as("reconnect releases the other calls").hasSize(1)
                .noneMatch(c -> c.get("callId").equals(other));
    }

    @Test
    void blindAndConsultativeTransfer() {
        String id = activeCall();
        ok(tokenUri("blind_transfer", null), null, Map.of(BroadworksConstants.CALL_ID, id,
                BroadworksConstants.PHONE_NUMBER, "+3212345765"));
        RecordedRequest r = sim().wireLog().last();
        assertThat(json(r).get("action").asText()).isEqualTo("blindTransfer");
        assertThat(json(r).get("phoneNumber").asText()).isEqualTo("+3212345765");
        assertThat(sim().calls("foouser")).isEmpty();

        String a = sim().seedCall("foouser", "Originator", "Held", "+3211111111", false);
        String b = activeCall();
        ok(tokenUri("consultative_transfer", null), null, Map.of(BroadworksConstants.CALL_ID, a,
                BroadworksConstants.TRANSFER_CALL_ID, b));
        RecordedRequest c = sim().wireLog().last();
        assertThat(c.path()).isEqualTo(CALLS + a + "/");
        assertThat(json(c).get("action").asText()).isEqualTo("consultativeTransfer");
        assertThat(json(c).get("transferCallId").asText()).isEqualTo(b);

        Exchange again = send(tokenUri("consultative_transfer", null), null, Map.of(BroadworksConstants.CALL_ID, b,
                BroadworksConstants.TRANSFER_CALL_ID, a));
        assertThat(again.getException()).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
            assertThat(e.getReason()).isEqualTo(Reason.CONSULTATIVE_TRANSFER_IN_PROGRESS);
            assertThat(e.getSubError()).isEqualTo("Consultative transfer already in progress,");
            assertThat(e.getErrorCode()).isEqualTo("59");
            assertThat(e.getErrorName()).isEqualTo("INVALID_CALL_OPERATION");
        });
        sim().clock().advance(BroadworksSimulator.CONSULTATIVE_TRANSFER_TIME);
        assertThat(sim().calls("foouser")).isEmpty();
    }

    @Test
    void releaseThenCallIsNotFound() {
        String id = activeCall();
        ok(tokenUri("release", null), null, Map.of(BroadworksConstants.CALL_ID, id));
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.method()).isEqualTo("DELETE");
        assertThat(r.path()).isEqualTo(CALLS + id + "/");
        Exchange ex = send(tokenUri("get_call", null), null, Map.of(BroadworksConstants.CALL_ID, id));
        assertThat(ex.getException()).isInstanceOfSatisfying(BroadworksException.NotFound.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(404);
            assertThat(e.getErrorMessage()).isEqualTo("call not found");
            assertThat(e.getRawBody()).contains("call not found");
        });
    }

    @Test
    void retrieveAndCreateImrn() {
        Exchange none = send(tokenUri("retrieve", null), null, Map.of());
        assertThat(none.getException()).isInstanceOf(BroadworksException.NotFound.class);
        sim().seedCall("foouser", "Originator", "Active", "+3233333333", true);
        Exchange ex = ok(tokenUri("retrieve", null), null, Map.of());
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo(CALLS + "retrieve/");
        assertThat(ex.getMessage().getBody(CallCreated.class).callId())
                .isEqualTo(ex.getMessage().getHeader(BroadworksConstants.CALL_ID)).isNotNull();

        sim().imrnPool(List.of("+3236548297"));
        Exchange imrn = ok(tokenUri("create_imrn", "phoneNumber=RAW(+3225126778)"), null,
                Map.of(BroadworksConstants.CALLING_PHONE_NUMBER, "+3225126780"));
        RecordedRequest i = sim().wireLog().last();
        assertThat(i.path()).isEqualTo(CALLS + "imrn/");
        assertThat(json(i).get("phoneNumber").asText()).isEqualTo("+3225126778");
        assertThat(json(i).get("callingPhoneNumber").asText()).isEqualTo("+3225126780");
        assertThat(imrn.getMessage().getBody(ImrnCreated.class).imrn()).isEqualTo("+3236548297");
        assertThat(imrn.getMessage().getHeader(BroadworksConstants.IMRN)).isEqualTo("+3236548297");

        Exchange exhausted = send(tokenUri("create_imrn", "phoneNumber=RAW(+3225126778)"), null,
                Map.of(BroadworksConstants.CALLING_PHONE_NUMBER, "+3225126780"));
        assertThat(exhausted.getException()).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
            assertThat(e.getReason()).isEqualTo(Reason.IMRN_ALLOCATION_FAILED);
            assertThat(e.getSubError()).isEqualTo("IMRN allocation failed.");
            assertThat(e.getErrorName()).isNull();
        });
        Exchange unknown = send(tokenUri("create_imrn", "phoneNumber=RAW(+3225126778)"), null,
                Map.of(BroadworksConstants.CALLING_PHONE_NUMBER, "+3299999999"));
        assertThat(unknown.getException()).isInstanceOf(BroadworksException.NotFound.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hold|Alerting/Ringing|ON_DEMAND|CALL_STATE_INVALID|The state of the call is not valid.",
            "hold|Detached|ON_DEMAND|CALL_DETACHED|The call is in the detached state.",
            "start_recording|Active|NEVER|RECORDING_DISABLED|Recording is disabled for this call.",
            "pause_recording|Active|ON_DEMAND|RECORDING_NOT_ACTIVE|Recording is not active.",
            "stop_recording|Active|ALWAYS_PAUSE_RESUME|STOP_NOT_SUPPORTED|User recording mode does not support stop.",
            "start_recording|Alerting/Ringing|ON_DEMAND|ENDPOINT_STATE_INVALID|The endpoint state of the call is not valid.",
    })
    void subErrorsBecomeTypedExceptions(String op, String state, String mode, Reason reason, String text) {
        sim().recordingMode("foouser", BroadworksSimulator.RecordingMode.valueOf(mode));
        String id = sim().seedCall("foouser", "Originator", state, "+3212345678", false);
        Exchange ex = send(tokenUri(op, null), null, Map.of(BroadworksConstants.CALL_ID, id));
        assertThat(ex.getException()).isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
            assertThat(e.getReason()).isEqualTo(reason);
            assertThat(e.getSubError()).isEqualTo(text);
            assertThat(e.getErrorCode()).isEqualTo("59");
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getDetails()).isEqualTo(text);
            assertThat(e.getMessage()).contains("59", text);
        });
    }

    @Test
    void otherDocumentedSubErrors() {
        String id = activeCall();
        sim().failRecording("foouser", id);
        assertThat(send(tokenUri("start_recording", null), null, Map.of(BroadworksConstants.CALL_ID, id)).getException())
                .isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.RECORDING_FAILED));
        sim().failTransfersTo("+3200000000");
        assertThat(send(tokenUri("blind_transfer", "phoneNumber=RAW(+3200000000)"), null,
                Map.of(BroadworksConstants.CALL_ID, id)).getException())
                .isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.TRANSFER_FAILED));
        String noNumberCall = sim().seedCall(BroadworksSimulator.USER_WITHOUT_NUMBER, "Originator", "Active", "+321", false);
        assertThat(send(tokenUri("blind_transfer", "phoneNumber=RAW(+3212345765)"), null,
                Map.of(BroadworksConstants.CALL_ID, noNumberCall, BroadworksConstants.USER_ID,
                        BroadworksSimulator.USER_WITHOUT_NUMBER)).getException())
                .isInstanceOfSatisfying(BroadworksInvalidCallOperationException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.NO_CHARGE_ADDRESS);
                    assertThat(e.getSubError()).startsWith("User has no charge address.");
                });
    }

    @Test
    void httpErrorsBecomeTypedExceptions() {
        Exchange bad = send(tokenUri("call", "phoneNumber=*72"), null, Map.of());
        assertThat(bad.getException()).isInstanceOfSatisfying(BroadworksException.BadRequest.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getErrorMessage()).isEqualTo("invalid phone number");
        });
        Exchange forbidden = send(tokenUri("list_calls", null), null, Map.of(BroadworksConstants.USER_ID, "nobody"));
        assertThat(forbidden.getException()).isInstanceOfSatisfying(BroadworksException.InvalidUser.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorMessage()).isEqualTo("invalid calling user");
        });
        assertThat(sim().wireLog().last().path()).isEqualTo("/api/v1/tenants/foo/groups/foogroup/users/nobody/services/calls/");
    }

    @Test
    void expiredTokenIsRenewedByOneReLogin() {
        String id = activeCall();
        ok(uri("get_call", null), null, Map.of(BroadworksConstants.CALL_ID, id));
        sim().clock().advance(Duration.ofMinutes(16));
        ok(uri("get_call", null), null, Map.of(BroadworksConstants.CALL_ID, id));
        List<RecordedRequest> wire = sim().wireLog().all();
        assertThat(wire).extracting(RecordedRequest::path).containsExactly(BroadworksSimulator.DEFAULT_LOGIN_PATH,
                CALLS + id + "/", CALLS + id + "/", BroadworksSimulator.DEFAULT_LOGIN_PATH, CALLS + id + "/");
        assertThat(wire.get(2).header("Authorization")).isEqualTo(wire.get(1).header("Authorization"));
        assertThat(wire.get(4).header("Authorization")).isNotEqualTo(wire.get(1).header("Authorization"));
        BroadworksEndpoint ep = context.getEndpoint(uri("get_call", null), BroadworksEndpoint.class);
        assertThat(ep.client().tokens().loginCount()).isEqualTo(2);
    }

    @Test
    void badCredentialsFailWithoutLooping() {
        Exchange ex = send(uri("list_calls", null).replace("password=apipass", "password=wrong"), null, Map.of());
        assertThat(ex.getException()).isInstanceOfSatisfying(BroadworksException.Unauthorized.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(401));
        assertThat(sim().wireLog().all()).extracting(RecordedRequest::path)
                .containsOnly(BroadworksSimulator.DEFAULT_LOGIN_PATH).hasSizeLessThanOrEqualTo(2);

        Exchange token = send(tokenUri("list_calls", null).replace(BroadworksSimulator.MACHINE_TOKEN, "revoked"), null, Map.of());
        assertThat(token.getException()).isInstanceOf(BroadworksException.Unauthorized.class);
    }

    @Test
    void configurableLoginPath() {
        sim().loginPath("/api/v1/auth/login");
        ok(uri("list_calls", "loginPath=/api/v1/auth/login"), null, Map.of());
        assertThat(sim().wireLog().all().get(0).path()).isEqualTo("/api/v1/auth/login");
    }

    @Test
    void bodyCarriesTheRequestAndHeadersWin() {
        String id = sim().seedCall("baruser", "Originator", "Active", "+3212345678", false);
        ok(tokenUri("hold", null), Map.of("userId", "baruser", "callId", id), Map.of());
        assertThat(sim().wireLog().last().path())
                .isEqualTo("/api/v1/tenants/foo/groups/foogroup/users/baruser/services/calls/" + id + "/");
        ok(tokenUri("reconnect", null), new BroadworksRequest(null, null, "nobody", id, null, null, null, null),
                Map.of(BroadworksConstants.USER_ID, "baruser"));
        assertThat(sim().wireLog().last().path())
                .isEqualTo("/api/v1/tenants/foo/groups/foogroup/users/baruser/services/calls/" + id + "/");
        assertThat(sim().calls("baruser").get(0).get("state")).isEqualTo("Active");
    }

    @Test
    void invalidInputIsRejectedBeforeSending() {
        Exchange noNumber = send(tokenUri("call", null), null, Map.of());
        assertThat(noNumber.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("phoneNumber"));
        Exchange badNumber = send(tokenUri("blind_transfer", "callId=x"), null, Map.of(BroadworksConstants.PHONE_NUMBER, "bob"));
        assertThat(badNumber.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("phoneNumber"));
        Exchange noUser = send("broadworks:hold?baseUrl=" + sim().baseUrl() + "&accessToken=t", null, Map.of());
        assertThat(noUser.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("tenantId", "groupId", "userId", "callId"));
        Exchange imrn = send(tokenUri("create_imrn", null), null, Map.of());
        assertThat(imrn.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("phoneNumber", "callingPhoneNumber"));
        Exchange same = send(tokenUri("consultative_transfer", "callId=a&transferCallId=a"), null, Map.of());
        assertThat(same.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("transferCallId"));
        Exchange badOp = send(tokenUri("hold", null), null, Map.of(BroadworksConstants.OPERATION, "park"));
        assertThat(badOp.getException()).isInstanceOf(CallControlValidationException.class);
        Exchange consumerOp = send(tokenUri("calls", null), null, Map.of());
        assertThat(consumerOp.getException()).isInstanceOf(CallControlValidationException.class);
        assertThat(sim().wireLog().all()).isEmpty();
    }

    @Test
    void operationHeaderOverridesEndpoint() {
        String id = activeCall();
        ok(tokenUri("get_call", null), null, Map.of(BroadworksConstants.CALL_ID, id,
                BroadworksConstants.OPERATION, "hold"));
        assertThat(sim().wireLog().last().method()).isEqualTo("PUT");
        assertThat(sim().calls("foouser").get(0).get("state")).isEqualTo("Held");
    }
}
