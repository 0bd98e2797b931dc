package io.callcontrol.camel.portasip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portasip.api.ConferenceParticipantRequest;
import io.callcontrol.camel.portasip.api.GetOnSpotConferenceListResponse;
import io.callcontrol.camel.portasip.api.GetOnSpotConferenceParticipantListResponse;
import io.callcontrol.camel.portasip.api.GetSipCallsListResponse;
import io.callcontrol.camel.portasip.api.JoinOnSpotConferenceRequest;
import io.callcontrol.camel.portasip.api.JoinOnSpotConferenceResponse;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceCallInfo;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceInfo;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceParticipantInfo;
import io.callcontrol.camel.portasip.api.SuccessResponse;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortasipProducerTest extends PortasipTestSupport {

    private Object call(String uri, Object body, Map<String, Object> headers) {
        return template.requestBodyAndHeaders(uri, body, headers);
    }

    private static Map<String, Object> callHeaders(String callId, String tag) {
        Map<String, Object> h = new HashMap<>();
        h.put(PortasipConstants.CALL_ID, callId);
        h.put(PortasipConstants.CALL_TAG, tag);
        return h;
    }

    @Test
    void originateAdvancedCallLogsInAndSendsEveryField() {
        Exchange out = template.request("portasip:originate_advanced_call?billId=123007&calleeAutoPickup=true"
                + "&stateCallback=http://127.0.0.1:1/events&stateCallbackEvents=trying,connected,terminated", ex -> {
                    ex.getMessage().setHeader(PortasipConstants.CALLER_ID, "123007");
                    ex.getMessage().setHeader(PortasipConstants.CALLEE_ID, "123003");
                });
        assertThat(out.getException()).isNull();
        OriginateAdvancedCallResponse r = out.getMessage().getBody(OriginateAdvancedCallResponse.class);
        assertThat(r.success()).isEqualTo(1);
        assertThat(r.call().id()).endsWith("@127.0.0.1");
        assertThat(out.getMessage().getHeader(PortasipConstants.TRACKING_ID)).isEqualTo(r.trackingId());
        assertThat(out.getMessage().getHeader(PortasipConstants.CALL_ID)).isEqualTo(r.call().id());

        JsonNode login = lastWire("login");
        assertThat(login.path("service").asText()).isEqualTo("Session");
        assertThat(login.path("params").path("login").asText()).isEqualTo(PortasipSimulator.LOGIN);
        assertThat(login.path("params").path("password").asText()).isEqualTo(PortasipSimulator.PASSWORD);
        JsonNode req = lastWire("originate_advanced_call");
        assertThat(req.path("cseq").isNumber()).isTrue();
        assertThat(req.path("service").asText()).isEqualTo("CallControl");
        assertThat(req.path("auth_info").path("session_id").asText()).hasSize(32);
        JsonNode p = req.path("params");
        assertThat(p.path("bill_id").asText()).isEqualTo("123007");
        assertThat(p.path("caller_id").asText()).isEqualTo("123007");
        assertThat(p.path("callee_id").asText()).isEqualTo("123003");
        assertThat(p.path("callee_auto_pickup").asText()).isEqualTo("Y");
        assertThat(p.path("state_callback").asText()).isEqualTo("http://127.0.0.1:1/events");
        assertThat(p.path("state_callback_events").toString()).isEqualTo("[\"trying\",\"connected\",\"terminated\"]");
    }

    @Test
    void callMethodsOnTheWire() {
        String callId = pbx.get().incomingCall("123002", "123007");
        advance(Duration.ofSeconds(2));
        String inTag = pbx.get().legTag(callId, "incoming");
        Map<String, Object> h = callHeaders(callId, inTag);
        h.put(PortasipConstants.CALLEE_ANSWER_MODE, "notify");
        assertThat(call("portasip:answer_call", null, h)).isEqualTo(new SuccessResponse(1));
        assertThat(lastWire("answer_call").path("params").toString())
                .isEqualTo("{\"call\":{\"id\":\"" + callId + "\",\"tag\":\"" + inTag + "\"},\"callee_answer_mode\":\"notify\"}");
        advance(Duration.ZERO);

        GetSipCallsListResponse list = (GetSipCallsListResponse) call("portasip:get_sip_calls_list?iAccount=10007", null, Map.of());
        assertThat(lastWire("get_sip_calls_list").path("params").toString()).isEqualTo("{\"i_account\":10007}");
        assertThat(list.callsList()).singleElement().satisfies(c -> {
            assertThat(c.call().tag()).isEqualTo(inTag);
            assertThat(c.state()).isEqualTo(SipCallState.CONNECTED);
            assertThat(c.caller().accountId()).isEqualTo("123002");
            assertThat(c.connectTime()).isNotNull();
        });

        call("portasip:hold_call", null, callHeaders(callId, inTag));
        assertThat(lastWire("hold_call").path("params").path("call").path("tag").asText()).isEqualTo(inTag);
        call("portasip:unhold_call", null, callHeaders(callId, inTag));
        assertThat(lastWire("unhold_call").path("params").path("call").path("id").asText()).isEqualTo(callId);

        Map<String, Object> th = callHeaders(callId, inTag);
        th.put(PortasipConstants.SIP_HEADERS, Map.of("X-Reason", "crm"));
        call("portasip:transfer_call?cld=123003", null, th);
        JsonNode tp = lastWire("transfer_call").path("params");
        assertThat(tp.path("cld").asText()).isEqualTo("123003");
        assertThat(tp.path("sip_headers").toString()).isEqualTo("[{\"name\":\"X-Reason\",\"value\":\"crm\"}]");

        String other = pbx.get().incomingCall("123004", "123005");
        advance(Duration.ofSeconds(2));
        String outTag = pbx.get().legTag(other, "outgoing");
        Map<String, Object> jh = callHeaders(other, outTag);
        jh.put(PortasipConstants.TO_CALL_ID, callId);
        jh.put(PortasipConstants.TO_CALL_TAG, pbx.get().legTag(callId, "outgoing"));
        call("portasip:join_calls", null, jh);
        JsonNode jp = lastWire("join_calls").path("params");
        assertThat(jp.path("call").path("id").asText()).isEqualTo(other);
        assertThat(jp.path("to_call").path("id").asText()).isEqualTo(callId);

        String third = pbx.get().incomingCall("123008", "123009");
        advance(Duration.ofSeconds(2));
        String t = pbx.get().legTag(third, "incoming");
        call("portasip:terminate_call", null, callHeaders(third, t));
        assertThat(lastWire("terminate_call").path("params").toString())
                .isEqualTo("{\"call\":{\"id\":\"" + third + "\",\"tag\":\"" + t + "\"}}");
    }

    @Test
    void ivrMethodsOnTheWire() {
        String callId = pbx.get().ivrCall("123002", "4567890");
        advance(Duration.ZERO);
        String tag = pbx.get().legTag(callId, "incoming");
        for (String m : List.of("ring_call", "progress_call", "answer_call", "start_dtmf_detect", "stop_dtmf_detect")) {
            assertThat(call("portasip:" + m, null, callHeaders(callId, tag))).isEqualTo(new SuccessResponse(1));
            assertThat(lastWire(m).path("params").path("call").path("tag").asText()).as(m).isEqualTo(tag);
        }
        Map<String, Object> h = callHeaders(callId, tag);
        h.put(PortasipConstants.PROMPT_URL, "http://192.168.233.137:8080/files/welcome");
        call("portasip:play_prompt?order=3&repeat=-1", null, h);
        JsonNode p = lastWire("play_prompt").path("params");
        assertThat(p.path("url").asText()).isEqualTo("http://192.168.233.137:8080/files/welcome");
        assertThat(p.path("order").asInt()).isEqualTo(3);
        assertThat(p.path("repeat").asInt()).isEqualTo(-1);
        call("portasip:stop_play_prompt?order=3", null, callHeaders(callId, tag));
        assertThat(lastWire("stop_play_prompt").path("params").path("order").asInt()).isEqualTo(3);
    }

    @Test
    void conferenceMethodsOnTheWire() {
        JoinOnSpotConferenceRequest join = new JoinOnSpotConferenceRequest(
                new SipOnSpotConferenceCallInfo("test's conference", "123019", null, "123011", null),
                new SipOnSpotConferenceInfo("test", "123011", null),
                new SipOnSpotConferenceParticipantInfo(null, null, null, "en", 15, true, null, false, false, null,
                        false, null, null, null, null));
        JoinOnSpotConferenceResponse jr = (JoinOnSpotConferenceResponse) call("portasip:join_on_spot_conference", join, Map.of());
        assertThat(jr.success()).isEqualTo(1);
        assertThat(jr.call().id()).isNotBlank();
        JsonNode p = lastWire("join_on_spot_conference").path("params");
        assertThat(p.path("participant_info").toString()).isEqualTo(
                "{\"lang\":\"en\",\"max_participants\":15,\"moderator\":\"Y\",\"mute\":\"N\",\"quiet_mode\":\"N\",\"wait_for_moderator\":\"N\"}");
        assertThat(p.path("call_info").path("sip_auth_username").asText()).isEqualTo("123011");

        GetOnSpotConferenceListResponse list = (GetOnSpotConferenceListResponse) call(
                "portasip:get_on_spot_conference_list", null, Map.of());
        assertThat(lastWire("get_on_spot_conference_list").path("params").toString()).isEqualTo("{\"conference_info\":{}}");
        assertThat(list.conferenceList()).singleElement()
                .isEqualTo(new SipOnSpotConferenceInfo("test", "123011", PortasipSimulator.CUSTOMER));

        GetOnSpotConferenceParticipantListResponse parts = (GetOnSpotConferenceParticipantListResponse) call(
                "portasip:get_on_spot_conference_participant_list?conferenceName=test&conferenceOwnerId=123011", null, Map.of());
        assertThat(parts.participantList()).singleElement().satisfies(pi -> {
            assertThat(pi.participantId()).isEqualTo(1);
            assertThat(pi.moderator()).isTrue();
            assertThat(pi.mute()).isFalse();
            assertThat(pi.calleeId()).isEqualTo("123019");
        });

        ConferenceParticipantRequest mute = new ConferenceParticipantRequest(new SipOnSpotConferenceInfo("test", "123011", null),
                new SipOnSpotConferenceParticipantInfo(null, false, null, null, null, null, "http://91.212.119.34:5687/8_bit",
                        true, null, 1, null, null, null, null, null));
        call("portasip:update_on_spot_conference_participant", mute, Map.of());
        assertThat(lastWire("update_on_spot_conference_participant").path("params").path("participant_info").toString())
                .isEqualTo("{\"hold\":\"N\",\"music_on_hold_url\":\"http://91.212.119.34:5687/8_bit\",\"mute\":\"Y\",\"participant_id\":1}");

        Map<String, Object> uh = new HashMap<>();
        uh.put(PortasipConstants.PARTICIPANT_ID, 1);
        uh.put(PortasipConstants.MUTE, false);
        uh.put(PortasipConstants.HOLD, "true");
        call("portasip:update_on_spot_conference_participant?conferenceName=test&conferenceOwnerId=123011", null, uh);
        assertThat(lastWire("update_on_spot_conference_participant").path("params").path("participant_info").toString())
                .isEqualTo("{\"hold\":\"Y\",\"mute\":\"N\",\"participant_id\":1}");

        Map<String, Object> dh = new HashMap<>();
        dh.put(PortasipConstants.PARTICIPANT_ID, 1);
        dh.put(PortasipConstants.PLAY_ANNOUNCE, true);
        call("portasip:delete_on_spot_conference_participant?conferenceName=test&conferenceOwnerId=123011", null, dh);
        assertThat(lastWire("delete_on_spot_conference_participant").path("params").toString())
                .isEqualTo("{\"conference_info\":{\"name\":\"test\",\"owner_id\":\"123011\"},\"participant_info\":{\"play_announce\":\"Y\",\"participant_id\":1}}");

        String callId = pbx.get().incomingCall("123002", "123007");
        advance(Duration.ofSeconds(2));
        String tag = pbx.get().legTag(callId, "incoming");
        Map<String, Object> ch = callHeaders(callId, tag);
        ch.put(PortasipConstants.CONFERENCE_NAME, "room2");
        call("portasip:convert_to_on_spot_conference", null, ch);
        JsonNode cp = lastWire("convert_to_on_spot_conference").path("params");
        assertThat(cp.path("conference_info").path("name").asText()).isEqualTo("room2");
        assertThat(cp.path("call_info").path("id").asText()).isEqualTo(callId);
        assertThat(cp.path("call_info").path("tag").asText()).isEqualTo(tag);
    }

    @Test
    void subscriptionMethodsOnTheWire() {
        call("portasip:enable_api_notifications?iCustomer=30", null, Map.of());
        assertThat(lastWire("enable_api_notifications").path("params").toString())
                .isEqualTo("{\"event\":\"sip.call_control_notifications\",\"i_customer\":30}");
        assertThat(pbx.get().activeSubscriptions()).isEqualTo(1);
        call("portasip:disable_api_notifications", null, Map.of(PortasipConstants.I_CUSTOMER, 30L));
        assertThat(lastWire("disable_api_notifications").path("params").path("i_customer").asLong()).isEqualTo(30);
        assertThat(pbx.get().activeSubscriptions()).isZero();
    }

    @Test
    void bodyMapCarriesTheWholeRequest() {
        Map<String, Object> body = Map.of("bill_id", "123007", "caller_id", "123007", "callee_id", "123003",
                "callee_auto_pickup", "N");
        OriginateAdvancedCallResponse r = (OriginateAdvancedCallResponse) call("portasip:originate_advanced_call", body, Map.of());
        assertThat(r.trackingId()).isNotBlank();
        assertThat(lastWire("originate_advanced_call").path("params").path("callee_auto_pickup").asText()).isEqualTo("N");
    }

    @Test
    void validationNamesMissingParametersAndSendsNothing() {
        assertThatThrownBy(() -> call("portasip:originate_advanced_call", null, Map.of()))
                .hasCauseInstanceOf(CallControlValidationException.class)
                .cause().hasMessageContaining("billId").hasMessageContaining("callerId").hasMessageContaining("calleeId");
        assertThatThrownBy(() -> call("portasip:transfer_call", null, Map.of()))
                .cause().isInstanceOf(CallControlValidationException.class).hasMessageContaining("callId, cld");
        assertThatThrownBy(() -> call("portasip:play_prompt?order=4", null, callHeaders("a", "b")))
                .cause().isInstanceOf(CallControlValidationException.class).hasMessageContaining("promptUrl")
                .hasMessageContaining("order must be 2 or 3");
        assertThatThrownBy(() -> call("portasip:get_sip_calls_list", null, Map.of()))
                .cause().isInstanceOf(CallControlValidationException.class)
                .hasMessageContaining("iAccount or iCustomer or iMainOffice or iIvrAn");
        assertThatThrownBy(() -> call("portasip:originate_advanced_call?billId=1&callerId=2&calleeId=3&stateCallbackEvents=terminated", null, Map.of()))
                .cause().isInstanceOf(CallControlValidationException.class).hasMessageContaining("stateCallback is mandatory");
        assertThat(wire("originate_advanced_call")).isEmpty();
        assertThat(wire("transfer_call")).isEmpty();
        assertThat(wire("play_prompt")).isEmpty();
        // nothing but the connection's own login reached the simulator
        assertThat(pbx.get().wireLog().matching(r -> "WS".equals(r.method())))
                .allSatisfy(r -> assertThat(r.bodyAsString()).contains("\"method\":\"login\""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sip.call_not_found", "sip.wrong_parameters", "sip.call_control_disabled",
            "sip.service_not_enabled", "sip.unsupported_method", "sip.internal_server_error", "internal_error" })
    void documentedErrorsBecomeTypedExceptions(String code) {
        pbx.get().failNext("hold_call", code, "message of " + code);
        assertThatThrownBy(() -> call("portasip:hold_call", null, callHeaders("x@1", "t")))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOf(code.equals("sip.call_not_found") ? PortasipCallNotFoundException.class : PortasipException.class)
                .satisfies(e -> {
                    PortasipException pe = (PortasipException) e;
                    assertThat(pe.getErrorCode()).isEqualTo(code);
                    assertThat(pe.getErrorMessage()).isEqualTo("message of " + code);
                    assertThat(pe.getDetails()).isEqualTo("injected by the test");
                    assertThat(pe.getRawBody()).contains(code);
                });
        assertThat(lastWire("hold_call")).isNotNull();
    }

    @Test
    void simulatorErrorsFromRealState() {
        assertThatThrownBy(() -> call("portasip:terminate_call", null, callHeaders("nope@1", "x")))
                .cause().isInstanceOf(PortasipCallNotFoundException.class);
        pbx.get().disableMethod("hold_call");
        assertThatThrownBy(() -> call("portasip:hold_call", null, callHeaders("nope@1", "x")))
                .cause().isInstanceOf(PortasipException.class)
                .satisfies(e -> assertThat(((PortasipException) e).getErrorCode()).isEqualTo("sip.call_control_disabled"));
        pbx.get().disableConferencing("123011");
        assertThatThrownBy(() -> call("portasip:join_on_spot_conference?conferenceName=r&conferenceOwnerId=123011", null, Map.of()))
                .cause().isInstanceOf(PortasipException.class)
                .satisfies(e -> assertThat(((PortasipException) e).getErrorCode()).isEqualTo("sip.service_not_enabled"));
    }

    @Test
    void manyConcurrentRequestsOnOneSocketAnsweredOutOfOrder() throws Exception {
        call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of()); // connected and logged in
        pbx.get().setResponseJitter(30);
        int n = 200;
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String caller = "1230" + String.format("%02d", 1 + i % 20) + "-" + i;
            futures.add(template.asyncRequestBodyAndHeaders("portasip:originate_advanced_call?billId=123007", null,
                    Map.of(PortasipConstants.CALLER_ID, caller, PortasipConstants.CALLEE_ID, "123003")));
        }
        Map<String, String> callerOfCall = new HashMap<>();
        for (int i = 0; i < n; i++) {
            OriginateAdvancedCallResponse r = (OriginateAdvancedCallResponse) futures.get(i).get(10, TimeUnit.SECONDS);
            callerOfCall.put(r.call().id(), "1230" + String.format("%02d", 1 + i % 20) + "-" + i);
        }
        assertThat(callerOfCall).hasSize(n);
        // every answer went to the request that caused it: the simulator's leg A of each call has that caller
        advance(Duration.ZERO);
        for (JsonNode c : pbx.get().calls()) {
            String id = c.path("call").path("id").asText();
            if (callerOfCall.containsKey(id)) {
                assertThat(c.path("caller").path("id").asText()).isEqualTo(callerOfCall.remove(id));
            }
        }
        assertThat(callerOfCall).isEmpty();
        assertThat(wire("originate_advanced_call")).hasSize(n);
        assertThat(pbx.get().connectionCount()).isEqualTo(1);
        assertThat(wire("originate_advanced_call").stream().map(j -> j.path("cseq").asLong()).distinct()).hasSize(n);
    }

    @Test
    void requestTimesOutWhenNoAnswerComes() {
        call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of());
        pbx.get().setSilent(true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> call("portasip:terminate_call?requestTimeout=300", null, callHeaders("a@1", "b")))
                .cause().isInstanceOf(CallControlTimeoutException.class).hasMessageContaining("terminate_call");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(lastWire("terminate_call")).isNotNull();
    }

    @Test
    void lateAnswerAfterTheTimeoutIsIgnoredAndTheSocketStaysUsable() throws Exception {
        call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of());
        pbx.get().setResponseDelay(Duration.ofMillis(600));
        assertThatThrownBy(() -> call("portasip:terminate_call?requestTimeout=200", null, callHeaders("a@1", "b")))
                .cause().isInstanceOf(CallControlTimeoutException.class);
        Thread.sleep(600); // the late answer arrives now and matches nothing
        pbx.get().setResponseDelay(Duration.ZERO);
        GetSipCallsListResponse r = (GetSipCallsListResponse) call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of());
        assertThat(r.callsList()).isEmpty();
        assertThat(pbx.get().connectionCount()).isEqualTo(1);
    }

    @Test
    void socketDropFailsTheRequestsInFlight() {
        call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of());
        pbx.get().setSilent(true);
        CompletableFuture<Object> f = template.asyncRequestBodyAndHeaders("portasip:terminate_call?requestTimeout=5000",
                null, callHeaders("a@1", "b"));
        await("request on the wire", () -> !wire("terminate_call").isEmpty());
        pbx.get().dropConnections();
        assertThatThrownBy(() -> f.get(3, TimeUnit.SECONDS)).hasRootCauseInstanceOf(CallControlConnectionException.class);
    }

    @Test
    void expiredSessionLogsInAgainAndRetriesOnce() {
        call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of());
        assertThat(pbx.get().loginCount()).isEqualTo(1);
        pbx.get().expireSessions();
        GetSipCallsListResponse r = (GetSipCallsListResponse) call("portasip:get_sip_calls_list?iCustomer=30", null, Map.of());
        assertThat(r.callsList()).isEmpty();
        assertThat(pbx.get().loginCount()).isEqualTo(2);
        List<JsonNode> lists = wire("get_sip_calls_list");
        assertThat(lists).hasSize(3);
        assertThat(lists.get(1).path("auth_info").path("session_id").asText())
                .isNotEqualTo(lists.get(2).path("auth_info").path("session_id").asText());
    }

    @Test
    void refusedCredentialsFailWithTheAuthenticationError() {
        PortasipComponent wrong = new PortasipComponent();
        wrong.getConfiguration().setWebSocketUrl(wsUrl());
        wrong.getConfiguration().setLogin(PortasipSimulator.LOGIN);
        wrong.getConfiguration().setPassword("wrong");
        wrong.getConfiguration().setReconnectInitialDelay(50);
        wrong.getConfiguration().setReconnectMaxDelay(200);
        context.addComponent("portasip-wrong", wrong);
        long start = System.nanoTime();
        assertThatThrownBy(() -> call("portasip-wrong:get_sip_calls_list?iCustomer=30&requestTimeout=5000", null, Map.of()))
                .cause().isInstanceOf(PortasipAuthenticationException.class)
                .satisfies(e -> assertThat(((PortasipException) e).getErrorCode()).isEqualTo("Server.Session.auth_failed"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(lastWire("login").path("params").path("password").asText()).isEqualTo("wrong");
        assertThat(wire("get_sip_calls_list")).isEmpty();
    }
}
