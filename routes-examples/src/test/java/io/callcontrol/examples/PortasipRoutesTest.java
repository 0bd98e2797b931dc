package io.callcontrol.examples;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** PortaSIP: its call notifications on the call-events topic (route 2), and the IVR (route 6) on the wire. */
class PortasipRoutesTest extends EmbeddedAppTestSupport {

    @Autowired
    PortasipSimulator pbx;

    @Autowired
    com.icegreen.greenmail.util.GreenMail mail;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void portasipCallsReachTheCallEventsTopic() {
        // the scripted caller gives up before the account's leg rings (tests talk 300 ms): the leg ends
        var event = json(awaitRecord("call-events", r -> "portasip".equals(json(r.value()).get("vendor"))
                && "123002".equals(json(r.value()).get("callee"))).value());
        assertThat(event).containsEntry("caller", "+15551230004").containsEntry("eventType", "call_info")
                .containsEntry("direction", "INBOUND");
        assertThat(event.get("callId")).isNotNull();
        assertThat(event.get("trackingId")).isNotNull();
    }

    @Test
    void aPortasipCallGivenUpIsLoggedAndMailedToTheAccountsOwner() {
        awaitRecord("call-events", r -> "portasip".equals(json(r.value()).get("vendor"))
                && "TERMINATED".equals(json(r.value()).get("state")) && "123002".equals(json(r.value()).get("callee")));
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline && java.util.Arrays.stream(mail.getReceivedMessages())
                .noneMatch(m -> m.toString() != null && recipients(m).contains("dave@example.com"))) {
            pause(100);
        }
        assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).map(PortasipRoutesTest::recipients))
                .contains("dave@example.com");
        assertThat(jdbc.queryForList("SELECT * FROM call_activity WHERE vendor = 'portasip' AND callee = '123002'"))
                .isNotEmpty().allSatisfy(row -> assertThat(row.get("OUTCOME")).isEqualTo("missed"));
    }

    private static String recipients(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ivrAnswersPromptsAndTransfersToTheQueueOfTheDigit() {
        String callId = pbx.ivrCall("+15559990001", "4567890");
        JsonNode answer = awaitRpc("answer_call", callId);
        assertThat(answer.path("params").toString()).contains(callId);
        awaitRpc("start_dtmf_detect", callId);
        JsonNode prompt = awaitRpc("play_prompt", callId);
        assertThat(prompt.path("params").toString()).contains("choose-a-queue.wav");

        pbx.pressDigits(callId, "3");
        JsonNode transfer = awaitRpc("transfer_call", callId);
        // business hours all day in this test: the queue of digit 3
        assertThat(transfer.path("params").toString()).contains("5003");
        List<String> methods = rpcs(callId).stream().map(n -> n.path("method").asText()).toList();
        assertThat(methods).containsSubsequence("answer_call", "start_dtmf_detect", "play_prompt",
                "stop_dtmf_detect", "stop_play_prompt", "transfer_call");
    }

    private List<JsonNode> rpcs(String callId) {
        return pbx.wireLog().matching(r -> "WS".equals(r.method())).stream().map(RecordedRequest::body)
                .map(Json::tree).filter(n -> n.path("params").toString().contains(callId)).toList();
    }

    private JsonNode awaitRpc(String method, String callId) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode n : rpcs(callId)) {
                if (method.equals(n.path("method").asText())) {
                    return n;
                }
            }
            pause(50);
        }
        throw new AssertionError("no " + method + " for call " + callId + " within " + BOUND + "; seen "
                                 + rpcs(callId));
    }
}
