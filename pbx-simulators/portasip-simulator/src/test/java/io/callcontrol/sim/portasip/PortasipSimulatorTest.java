package io.callcontrol.sim.portasip;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PortasipSimulatorTest {

    @RegisterExtension
    static SimulatorExtension<PortasipSimulator> pbx = new SimulatorExtension<>(PortasipSimulator::new);

    private Vertx vertx;
    private WebSocket ws;
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

    @BeforeEach
    void connect() throws Exception {
        vertx = Vertx.vertx();
        ws = vertx.createHttpClient().webSocket(new WebSocketConnectOptions().setHost("127.0.0.1")
                .setPort(pbx.get().port()).setURI("/ws")).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        ws.textMessageHandler(t -> {
            try {
                inbox.add(SimulatorServer.JSON.readTree(t));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private JsonNode call(String json) throws Exception {
        ws.writeTextMessage(json);
        JsonNode r = inbox.poll(5, TimeUnit.SECONDS);
        assertThat(r).as("response to " + json).isNotNull();
        return r;
    }

    private String login() throws Exception {
        JsonNode r = call("{\"cseq\":1,\"service\":\"Session\",\"method\":\"login\",\"params\":{\"login\":\"demo\",\"password\":\"p@ssw0rd\"}}");
        assertThat(r.path("cseq").asInt()).isEqualTo(1);
        assertThat(r.path("success").asInt()).isEqualTo(1);
        return r.path("result").path("session_id").asText();
    }

    @Test
    void loginOriginateAndNotificationSequence() throws Exception {
        String sid = login();
        JsonNode en = call("{\"cseq\":2,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\","
                + "\"method\":\"enable_api_notifications\",\"params\":{\"event\":\"sip.call_control_notifications\",\"i_customer\":30}}");
        assertThat(en.path("result").path("success").asInt()).isEqualTo(1);
        JsonNode or = call("{\"cseq\":3,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\","
                + "\"method\":\"originate_advanced_call\",\"params\":{\"bill_id\":\"123007\",\"callee_id\":\"123003\",\"caller_id\":\"123007\"}}");
        assertThat(or.path("cseq").asInt()).isEqualTo(3);
        String callId = or.path("result").path("call").path("id").asText();
        assertThat(or.path("result").path("tracking_id").asText()).isNotEmpty();
        pbx.get().advance(Duration.ofSeconds(10));
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode n = inbox.poll(5, TimeUnit.SECONDS);
            assertThat(n).isNotNull();
            assertThat(n.path("event").asText()).isEqualTo("sip.call_control_notifications");
            JsonNode ci = n.path("result").path("call_info");
            seen.add(ci.path("call").path("id").asText().equals(callId) ? "A:" + ci.path("state").asText()
                    : "B:" + ci.path("state").asText());
        }
        assertThat(seen).containsExactly("A:trying", "A:connected", "B:trying", "B:connected");
        assertThat(pbx.get().wireLog().matching(r -> r.method().equals("WS"))).hasSize(3);
        assertThat(pbx.get().wireLog().all().get(0).method()).isEqualTo("GET"); // the upgrade
        assertThat(pbx.get().wireLog().last().bodyAsString()).contains("originate_advanced_call");
    }

    @Test
    void noCseqNoResponseAndErrors() throws Exception {
        String sid = login();
        ws.writeTextMessage("{\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\",\"method\":\"get_sip_calls_list\",\"params\":{\"i_customer\":30}}");
        JsonNode r = call("{\"cseq\":9,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\",\"method\":\"terminate_call\",\"params\":{\"call\":{\"id\":\"x\",\"tag\":\"y\"}}}");
        assertThat(r.path("cseq").asInt()).isEqualTo(9);
        assertThat(r.path("error").path("code").asText()).isEqualTo("sip.call_not_found");
        r = call("{\"cseq\":10,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\",\"method\":\"fly\",\"params\":{}}");
        assertThat(r.path("error").path("code").asText()).isEqualTo("sip.unsupported_method");
        pbx.get().expireSessions();
        r = call("{\"cseq\":11,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\",\"method\":\"get_sip_calls_list\",\"params\":{\"i_customer\":30}}");
        assertThat(r.path("error").path("code").asText()).contains("auth");
        assertThat(inbox).isEmpty();
    }

    @Test
    void forgottenSessionsAndRefusedLoginsAnswerAsPortasipDoes() throws Exception {
        String sid = login();
        pbx.get().forgetSessions();
        JsonNode r = call("{\"cseq\":20,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\",\"method\":\"get_sip_calls_list\",\"params\":{\"i_customer\":30}}");
        assertThat(r.path("error").path("code").asText()).isEqualTo("internal_error");
        assertThat(r.path("error").path("message").asText()).isEqualTo("Session is not valid");
        String fresh = login();
        r = call("{\"cseq\":21,\"auth_info\":{\"session_id\":\"" + fresh + "\"},\"service\":\"CallControl\",\"method\":\"get_sip_calls_list\",\"params\":{\"i_customer\":30}}");
        assertThat(r.has("error")).isFalse();

        pbx.get().setSessionsNeverValid(true);
        r = call("{\"cseq\":22,\"auth_info\":{\"session_id\":\"" + fresh + "\"},\"service\":\"CallControl\",\"method\":\"get_sip_calls_list\",\"params\":{\"i_customer\":30}}");
        assertThat(r.path("error").path("message").asText()).isEqualTo("Session is not valid");

        pbx.get().setLoginFailure("internal_error", "Wrong login or password");
        r = call("{\"cseq\":23,\"service\":\"Session\",\"method\":\"login\",\"params\":{\"login\":\"demo\",\"password\":\"nope\"}}");
        assertThat(r.path("error").path("code").asText()).isEqualTo("internal_error");
        assertThat(r.path("error").path("message").asText()).isEqualTo("Wrong login or password");
    }

    /** Originates to the callee, advances the clock by the given time and returns "A:state" / "B:state" lines. */
    private List<JsonNode> originateAndCollect(String callee, Duration advance, int notifications,
                                               List<String> seen) throws Exception {
        String sid = login();
        JsonNode en = call("{\"cseq\":2,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\","
                + "\"method\":\"enable_api_notifications\",\"params\":{\"event\":\"sip.call_control_notifications\",\"i_customer\":30}}");
        assertThat(en.path("result").path("success").asInt()).isEqualTo(1);
        JsonNode or = call("{\"cseq\":3,\"auth_info\":{\"session_id\":\"" + sid + "\"},\"service\":\"CallControl\","
                + "\"method\":\"originate_advanced_call\",\"params\":{\"bill_id\":\"123007\",\"callee_id\":\"" + callee
                + "\",\"caller_id\":\"123007\"}}");
        String callId = or.path("result").path("call").path("id").asText();
        String tracking = or.path("result").path("tracking_id").asText();
        pbx.get().advance(advance);
        List<JsonNode> infos = new java.util.ArrayList<>();
        for (int i = 0; i < notifications; i++) {
            JsonNode n = inbox.poll(5, TimeUnit.SECONDS);
            assertThat(n).as("notification " + (i + 1)).isNotNull();
            JsonNode ci = n.path("result").path("call_info");
            assertThat(ci.path("tracking_id").asText()).isEqualTo(tracking);
            seen.add((ci.path("call").path("id").asText().equals(callId) ? "A:" : "B:") + ci.path("state").asText());
            infos.add(ci);
        }
        return infos;
    }

    private static void assertTerminated(JsonNode ci, int reasonCode, String reason) {
        assertThat(ci.path("state").asText()).isEqualTo("terminated");
        assertThat(ci.path("reason_code").isInt()).isTrue();
        assertThat(ci.path("reason_code").asInt()).isEqualTo(reasonCode);
        assertThat(ci.path("reason").asText()).isEqualTo(reason);
        assertThat(ci.has("terminate_time")).isTrue();
        assertThat(ci.has("duration")).isTrue();
        assertThat(ci.has("connect_time")).isFalse();
    }

    @Test
    void busyCalleeEndsBothLegsWith486() throws Exception {
        pbx.get().calleeBehaviour("123004", PortasipSimulator.CalleeBehaviour.BUSY);
        List<String> seen = new java.util.ArrayList<>();
        List<JsonNode> infos = originateAndCollect("123004", Duration.ofSeconds(10), 5, seen);
        assertThat(seen).containsExactly("A:trying", "A:connected", "B:trying", "B:terminated", "A:terminated");
        assertTerminated(infos.get(3), 486, "Busy Here");
        assertTerminated(infos.get(4), 486, "Busy Here");
        assertThat(infos.get(3).path("type").asText()).isEqualTo("incoming");
        assertThat(pbx.get().calls()).isEmpty();
        assertThat(inbox.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void rejectingCalleeRingsThenEndsWith603() throws Exception {
        pbx.get().calleeBehaviour("123005", PortasipSimulator.CalleeBehaviour.REJECT);
        List<String> seen = new java.util.ArrayList<>();
        List<JsonNode> infos = originateAndCollect("123005", Duration.ofSeconds(10), 6, seen);
        assertThat(seen).containsExactly("A:trying", "A:connected", "B:trying", "B:ringing", "B:terminated",
                "A:terminated");
        assertTerminated(infos.get(4), 603, "Decline");
        assertTerminated(infos.get(5), 603, "Decline");
        assertThat(pbx.get().calls()).isEmpty();
    }

    @Test
    void unansweredCalleeRingsUntilTheNoAnswerTimeoutThenEndsWith480() throws Exception {
        pbx.get().calleeBehaviour("123006", PortasipSimulator.CalleeBehaviour.NO_ANSWER)
                .noAnswerTimeout(Duration.ofSeconds(20));
        List<String> seen = new java.util.ArrayList<>();
        List<JsonNode> infos = originateAndCollect("123006", Duration.ofSeconds(10), 4, seen);
        assertThat(seen).containsExactly("A:trying", "A:connected", "B:trying", "B:ringing");
        assertThat(pbx.get().calls()).hasSize(2); // still ringing
        assertThat(inbox.poll(200, TimeUnit.MILLISECONDS)).isNull();
        pbx.get().advance(Duration.ofSeconds(20));
        for (int i = 0; i < 2; i++) {
            JsonNode n = inbox.poll(5, TimeUnit.SECONDS);
            assertThat(n).isNotNull();
            infos.add(n.path("result").path("call_info"));
        }
        assertThat(infos.get(4).path("type").asText()).isEqualTo("incoming");
        assertTerminated(infos.get(4), 480, "Temporarily Unavailable");
        assertTerminated(infos.get(5), 480, "Temporarily Unavailable");
        assertThat(pbx.get().calls()).isEmpty();
    }

    @Test
    void resetForgetsCalleeBehaviours() throws Exception {
        pbx.get().calleeBehaviour("123003", PortasipSimulator.CalleeBehaviour.BUSY);
        pbx.get().reset();
        List<String> seen = new java.util.ArrayList<>();
        List<JsonNode> infos = originateAndCollect("123003", Duration.ofSeconds(10), 4, seen);
        assertThat(seen).containsExactly("A:trying", "A:connected", "B:trying", "B:connected");
        assertThat(infos.get(3).has("reason_code")).isFalse();
    }
}
