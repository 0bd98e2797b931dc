package io.callcontrol.camel.sipnative;

import java.util.Map;

import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** originate and click_to_dial between two real auto-answering phones (baresip) registered at kamailio. */
class SipNativeEndToEndTest extends CamelTestSupport {

    private static Kamailio kamailio;
    private static Baresip bob;
    private static Baresip carol;

    @BeforeAll
    static void startPeers() throws Exception {
        kamailio = Kamailio.start();
        bob = Baresip.start("bob", "bob-secret", kamailio);
        carol = Baresip.start("carol", "carol-secret", kamailio);
    }

    @AfterAll
    static void stopPeers() {
        for (Baresip b : new Baresip[] { bob, carol }) {
            if (b != null) {
                b.terminate();
            }
        }
        for (Baresip b : new Baresip[] { bob, carol }) {
            if (b != null) {
                b.close();
            }
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    private final int port = Peers.freePort();

    private String uri(String op) {
        return "sip-native:" + op + "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port
                + "&register=true&password=camel-secret&registrar=sip:" + kamailio.hostPort()
                + "&outboundProxy=" + kamailio.hostPort() + "&requestTimeout=3000&answerTimeout=8000";
    }

    private SipUserAgent agent() {
        return context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:camel@127.0.0.1");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void originateConnectsTwoPhonesThenHangupEndsBoth() throws Exception {
        int bobCalls = count(bob.log(), "Call established");
        int bobClosed = count(bob.log(), "session closed");
        int carolClosed = count(carol.log(), "session closed");
        int carolCalls = count(carol.log(), "Call established");
        Exchange out = template.request(uri("originate"), e -> e.getMessage().setHeaders(Map.of(
                SipNativeConstants.FIRST_PARTY, "sip:bob@127.0.0.1", SipNativeConstants.SECOND_PARTY, "sip:carol@127.0.0.1")));
        assertThat(out.getException()).as(bob.log() + carol.log() + kamailio.log()).isNull();
        SipNativeProducer.OriginateResult r = out.getMessage().getBody(SipNativeProducer.OriginateResult.class);
        assertThat(agent().calls()).hasSize(2);
        assertThat(Peers.waitFor(() -> count(bob.log(), "Call established") > bobCalls
                && count(carol.log(), "Call established") > carolCalls, 5000)).as(bob.log() + carol.log()).isTrue();
        // each phone got the other's SDP: bob's media goes to carol's RTP port and back
        assertThat(agent().leg(r.firstDialogId()).localSdp()).isEqualTo(agent().leg(r.secondDialogId()).remoteSdp());

        Exchange hang = template.request(uri("hangup"), e -> e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, r.secondDialogId()));
        assertThat(hang.getException()).isNull();
        assertThat(Peers.waitFor(() -> agent().calls().isEmpty(), 3000)).isTrue();
        // both phones got their BYE
        assertThat(Peers.waitFor(() -> count(bob.log(), "session closed") > bobClosed
                && count(carol.log(), "session closed") > carolClosed, 3000))
                .as(bob.log() + carol.log()).isTrue();
    }

    @Test
    void clickToDialMakesTheFirstPhoneCallTheTarget() throws Exception {
        int carolCalls = count(carol.log(), "Call established");
        Exchange out = template.request(uri("click_to_dial"), e -> e.getMessage().setHeaders(Map.of(
                SipNativeConstants.FIRST_PARTY, "sip:bob@127.0.0.1", SipNativeConstants.TARGET, "sip:carol@127.0.0.1")));
        assertThat(out.getException()).as(bob.log() + carol.log() + kamailio.log()).isNull();
        assertThat(out.getMessage().getHeader(SipNativeConstants.TRANSFER_RESULT, String.class)).startsWith("SIP/2.0 200");
        // carol's phone now talks to bob's phone directly; the component holds nothing
        assertThat(Peers.waitFor(() -> count(carol.log(), "Call established") > carolCalls, 5000)).as(carol.log()).isTrue();
        assertThat(carol.log()).contains("bob@127.0.0.1");
        assertThat(Peers.waitFor(() -> agent().calls().isEmpty(), 3000)).isTrue();
    }
}
