package io.callcontrol.camel.sipnative;

import java.util.Map;

import io.callcontrol.camel.sipnative.api.SipResponse;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.CallControlValidationException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every producer operation against sipp, asserting what sipp checked on the wire and what came back. */
class SipNativeProducerTest extends CamelTestSupport {

    private final int port = Peers.freePort();

    private String uri(String op, String options) {
        return "sip-native:" + op + "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port
                + (options.contains("requestTimeout") ? "" : "&requestTimeout=3000") + (options.isEmpty() ? "" : "&" + options);
    }

    private SipUserAgent agent() {
        return context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:camel@127.0.0.1");
    }

    @Test
    void optionsPingReturnsStatusAndRoundTripTime() throws Exception {
        try (Sipp sipp = Sipp.uas("uas_options.xml", 1)) {
            Exchange out = template.request(uri("options", ""), e -> e.getMessage().setHeader(SipNativeConstants.TARGET, sipp.uri("phone")));
            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
            assertThat(out.getMessage().getHeader(SipNativeConstants.ROUND_TRIP_TIME, Long.class)).isNotNull().isGreaterThanOrEqualTo(0L);
            assertThat(out.getMessage().getBody(SipResponse.class).status()).isEqualTo(200);
            assertThat(sipp.awaitExit(5000)).as(sipp.diagnostics()).isZero();
            assertThat(sipp.messages()).contains("OPTIONS sip:phone@127.0.0.1:" + sipp.port).contains("User-Agent: callcontrol-camel");
        }
    }

    @Test
    void optionsToNobodyTimesOut() {
        int silent = Peers.freePort();
        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("options", "requestTimeout=500"), null,
                SipNativeConstants.TARGET, "sip:nobody@127.0.0.1:" + silent))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(CallControlTimeoutException.class);
    }

    @Test
    void messageCarriesBodyAndContentType() throws Exception {
        try (Sipp sipp = Sipp.uas("uas_message.xml", 2)) {
            Exchange out = template.request(uri("message", "target=" + sipp.uri("bob")), e -> e.getMessage().setBody("hello from camel"));
            assertThat(out.getException()).isNull();
            // the same as a typed request body
            out = template.request(uri("message", ""), e -> e.getMessage().setBody(
                    io.callcontrol.camel.sipnative.api.SipNativeRequest.message(sipp.uri("bob"), "text/plain", "hello from camel again")));
            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
            assertThat(sipp.awaitExit(5000)).as(sipp.diagnostics()).isZero();
        }
    }

    @Test
    void messageRefusedRaisesSipNativeException() throws Exception {
        try (Sipp sipp = Sipp.uas("uas_message_forbidden.xml", 1)) {
            assertThatThrownBy(() -> template.requestBodyAndHeader(uri("message", ""), "hi", SipNativeConstants.TARGET, sipp.uri("bob")))
                    .cause().isInstanceOfSatisfying(SipNativeException.class, e -> {
                        assertThat(e.getSipStatus()).isEqualTo(403);
                        assertThat(e.getErrorMessage()).isEqualTo("Forbidden");
                        assertThat(e.getRawBody()).startsWith("SIP/2.0 403 Forbidden");
                    });
            assertThat(sipp.awaitExit(5000)).as(sipp.diagnostics()).isZero();
        }
    }

    @Test
    void validationNamesMissingParameters() {
        assertThatThrownBy(() -> template.requestBody(uri("originate", ""), (Object) null))
                .cause().isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("firstParty", "secondParty"));
        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("send_dtmf", ""), null, SipNativeConstants.DIGITS, "12x"))
                .cause().isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("dialogId", "digits"));
        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("hangup", ""), null, SipNativeConstants.DIALOG_ID, "nope"))
                .cause().isInstanceOf(SipNativeDialogNotFoundException.class);
    }

    @Test
    void holdAndTalkSendRemoteControlNotify() throws Exception {
        try (Sipp sipp = Sipp.uas("uas_remote_control.xml", 2)) {
            template.requestBodyAndHeader(uri("hold", ""), null, SipNativeConstants.TARGET, sipp.uri("phone"));
            template.requestBodyAndHeader(uri("talk", ""), null, SipNativeConstants.TARGET, sipp.uri("phone"));
            assertThat(sipp.awaitExit(5000)).as(sipp.diagnostics()).isZero();
            String wire = sipp.messages();
            assertThat(wire.indexOf("Event: hold")).isPositive().isLessThan(wire.indexOf("Event: talk"));
        }
    }

    @Test
    void originateWithLateAnswersThenHangupByesBothParties() throws Exception {
        try (Sipp a = Sipp.uas("uas_party_a.xml", 1, "-d", "700");
             Sipp b = Sipp.uas("uas_party_b.xml", 1, "-d", "400")) {
            Exchange out = template.request(uri("originate", ""), e -> e.getMessage().setBody(
                    Map.of("firstParty", a.uri("alice"), "secondParty", b.uri("bob"))));
            assertThat(out.getException()).isNull();
            SipNativeProducer.OriginateResult r = out.getMessage().getBody(SipNativeProducer.OriginateResult.class);
            assertThat(r.firstDialogId()).isEqualTo(out.getMessage().getHeader(SipNativeConstants.DIALOG_ID));
            assertThat(r.secondDialogId()).isEqualTo(out.getMessage().getHeader(SipNativeConstants.SECOND_DIALOG_ID));
            assertThat(agent().calls()).hasSize(2);

            Exchange hang = template.request(uri("hangup", ""), e -> e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, r.firstDialogId()));
            assertThat(hang.getException()).isNull();
            assertThat(hang.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
            assertThat(a.awaitExit(5000)).as(a.diagnostics()).isZero();
            assertThat(b.awaitExit(5000)).as(b.diagnostics()).isZero();
            assertThat(Peers.waitFor(() -> agent().calls().isEmpty(), 2000)).isTrue();
        }
    }

    @Test
    void originateWhenSecondPartyIsBusyReleasesFirstParty() throws Exception {
        try (Sipp a = Sipp.uas("uas_party_a_rejected.xml", 1);
             Sipp b = Sipp.uas("uas_busy.xml", 1)) {
            assertThatThrownBy(() -> template.requestBodyAndHeaders(uri("originate", ""), null, Map.of(
                    SipNativeConstants.FIRST_PARTY, a.uri("alice"), SipNativeConstants.SECOND_PARTY, b.uri("bob"))))
                    .cause().isInstanceOfSatisfying(SipNativeException.class, e -> assertThat(e.getSipStatus()).isEqualTo(486));
            assertThat(a.awaitExit(5000)).as(a.diagnostics()).isZero();
            assertThat(b.awaitExit(5000)).as(b.diagnostics()).isZero();
            assertThat(Peers.waitFor(() -> agent().calls().isEmpty() && agent().pendingInviteCount() == 0, 2000)).isTrue();
        }
    }

    @Test
    void unansweredInviteIsCancelledAfterAnswerTimeout() throws Exception {
        try (Sipp a = Sipp.uas("uas_ring_forever.xml", 1)) {
            assertThatThrownBy(() -> template.requestBodyAndHeaders(uri("originate", "answerTimeout=600"), null, Map.of(
                    SipNativeConstants.FIRST_PARTY, a.uri("alice"), SipNativeConstants.SECOND_PARTY, "sip:bob@127.0.0.1:9")))
                    .cause().isInstanceOf(CallControlTimeoutException.class);
            assertThat(a.awaitExit(5000)).as(a.diagnostics()).isZero();
            assertThat(agent().pendingInviteCount()).isZero();
            assertThat(agent().calls()).isEmpty();
        }
    }

    @Test
    void clickToDialAutoAnswersThenRefersAndFollowsNotify() throws Exception {
        try (Sipp phone = Sipp.uas("uas_click_to_dial.xml", 1)) {
            Exchange out = template.request(uri("click_to_dial", "firstParty=" + phone.uri("alice")),
                    e -> e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:target@127.0.0.1:5099"));
            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getHeader(SipNativeConstants.TRANSFER_RESULT)).isEqualTo("SIP/2.0 200 OK");
            assertThat(out.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
            assertThat(phone.awaitExit(5000)).as(phone.diagnostics()).isZero();
            assertThat(Peers.waitFor(() -> agent().calls().isEmpty(), 2000)).isTrue();
        }
    }

    @Test
    void hangupCancelsARingingOriginateByItsCallId() throws Exception {
        try (Sipp a = Sipp.uas("uas_ring_forever.xml", 1)) {
            java.util.concurrent.CompletableFuture<Exchange> call = template.asyncSend(uri("originate", ""), e -> e.getMessage().setHeaders(Map.of(
                    SipNativeConstants.FIRST_PARTY, a.uri("alice"), SipNativeConstants.SECOND_PARTY, "sip:bob@127.0.0.1:9",
                    SipNativeConstants.CALL_ID, "ringing-1@camel")));
            assertThat(Peers.waitFor(() -> agent() != null && agent().pendingInviteCount() == 1 && a.messages().contains("180 Ringing"), 5000)).isTrue();
            Exchange hang = template.request(uri("hangup", ""), e -> e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, "ringing-1@camel"));
            assertThat(hang.getException()).isNull();
            assertThat(hang.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
            Exchange out = call.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(out.getException()).isInstanceOfSatisfying(SipNativeException.class, e -> assertThat(e.getSipStatus()).isEqualTo(487));
            assertThat(a.awaitExit(5000)).as(a.diagnostics()).isZero();
            assertThat(a.messages()).contains("Call-ID: ringing-1@camel");
            assertThat(agent().pendingInviteCount()).isZero();
        }
    }

    @Test
    void whenTheFirstPartyHangsUpTheSecondPartyGetsBye() throws Exception {
        try (Sipp a = Sipp.uas("uas_party_a_hangs_up.xml", 1, "-d", "300");
             Sipp b = Sipp.uas("uas_party_b.xml", 1, "-d", "0")) {
            Exchange out = template.request(uri("originate", ""), e -> e.getMessage().setHeaders(Map.of(
                    SipNativeConstants.FIRST_PARTY, a.uri("alice"), SipNativeConstants.SECOND_PARTY, b.uri("bob"))));
            assertThat(out.getException()).isNull();
            assertThat(a.awaitExit(5000)).as(a.diagnostics()).isZero();
            assertThat(b.awaitExit(5000)).as(b.diagnostics()).isZero();
            assertThat(Peers.waitFor(() -> agent().calls().isEmpty(), 2000)).isTrue();
        }
    }
}
