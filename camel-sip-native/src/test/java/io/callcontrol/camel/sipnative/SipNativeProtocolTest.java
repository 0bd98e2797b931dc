package io.callcontrol.camel.sipnative;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OPTIONS, a request whose Via says TCP, and an unsupported SIP version, on the wire against a UDP agent. */
class SipNativeProtocolTest extends CamelTestSupport {

    private final int port = Peers.freePort();

    private static final String OPTIONS = """
            OPTIONS sip:camel@$HOST:$PORT SIP/2.0
            Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
            Max-Forwards: 70
            From: <sip:pinger@$HOST>;tag=ping1
            To: <sip:camel@$HOST>
            Call-ID: $CALLID
            CSeq: 1 OPTIONS
            Accept: application/sdp
            Content-Length: 0

            """;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:invite?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port)
                        .to("mock:invite")
                        .setHeader(SipNativeConstants.CONTACTS, constant("sip:elsewhere@10.1.1.1"));
            }
        };
    }

    @Test
    void optionsIsAnswered200WithAllowAndAccept() throws Exception {
        try (RawSip raw = new RawSip(port)) {
            List<String> got = raw.udp(OPTIONS, 5000, true);
            assertThat(got).hasSize(1);
            String ok = got.get(0);
            assertThat(ok).startsWith("SIP/2.0 200 ");
            String allow = header(ok, "Allow");
            assertThat(allow.split("\\s*,\\s*")).contains("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "MESSAGE", "REFER", "NOTIFY");
            String accept = header(ok, "Accept");
            assertThat(accept.split("\\s*,\\s*")).contains("application/sdp", "text/plain", "message/sipfrag");
        }
    }

    @Test
    void optionsOverTcpIsAnsweredOnTheConnection() throws Exception {
        String text = RawSip.tcp(OPTIONS, port, 5000);
        assertThat(text).startsWith("SIP/2.0 200 ");
        assertThat(header(text, "Via")).startsWith("SIP/2.0/TCP");
    }

    @Test
    void aRequestWhoseViaSaysTcpIsAnsweredOverTcp() throws Exception {
        // sent over UDP with a TCP Via (RFC 3261 18.2.2: the answer goes over a TCP connection to the sent-by)
        try (RawSip raw = new RawSip(port); ServerSocket client = RawSip.tcpListener()) {
            client.setSoTimeout(10000);
            String msg = RawSip.fill("""
                    INVITE sip:camel@$HOST:$PORT SIP/2.0
                    Via: SIP/2.0/TCP $HOST:%d;branch=$BRANCH
                    Max-Forwards: 70
                    From: <sip:caller@$HOST>;tag=tcpvia
                    To: <sip:camel@$HOST>
                    Call-ID: $CALLID
                    CSeq: 1 INVITE
                    Contact: <sip:caller@$HOST:%d;transport=tcp>
                    Content-Length: 0

                    """.formatted(client.getLocalPort(), client.getLocalPort()), port, raw.localPort(), "TCP");
            raw.send(msg);
            try (Socket answer = client.accept()) {
                String text = RawSip.readUntilFinal(answer, 10000);
                assertThat(text).contains("SIP/2.0 302 ").contains("Contact: <sip:elsewhere@10.1.1.1>");
            }
            assertThat(raw.receive(500, false, null)).as("nothing comes back over UDP").isEmpty();
        }
        MockEndpoint invite = getMockEndpoint("mock:invite");
        assertThat(invite.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void anUnsupportedSipVersionIsAnswered505AndNeverRouted() throws Exception {
        String v7 = """
                INVITE sip:camel@$HOST:$PORT SIP/7.0
                Via: SIP/7.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                From: <sip:caller@$HOST>;tag=v7
                To: <sip:camel@$HOST>
                Call-ID: $CALLID
                CSeq: 1 INVITE
                Content-Length: 0

                """;
        try (RawSip raw = new RawSip(port)) {
            List<String> got = raw.udp(v7, 5000, true);
            assertThat(got).last().asString().startsWith("SIP/2.0 505 ");
        }
        assertThat(RawSip.tcp(v7, port, 5000)).contains("SIP/2.0 505 ");
        assertThat(getMockEndpoint("mock:invite").getReceivedCounter()).isZero();
    }

    @Test
    void aMalformedRequestIsAnswered400() throws Exception {
        // headers in the Request-URI, and a request without Call-ID: the RI let the first through and dropped the second
        try (RawSip raw = new RawSip(port)) {
            List<String> got = raw.udp("""
                    INVITE sip:camel@$HOST:$PORT?Route=%3Csip:example.com%3E SIP/2.0
                    Via: SIP/2.0/UDP $HOST:$LPORT;branch=$BRANCH
                    Max-Forwards: 70
                    From: <sip:caller@$HOST>;tag=bad1
                    To: <sip:camel@$HOST>
                    Call-ID: $CALLID
                    CSeq: 1 INVITE
                    Content-Length: 0

                    """, 5000, true);
            assertThat(got).last().asString().startsWith("SIP/2.0 400 ");
            got = raw.udp("""
                    OPTIONS sip:camel@$HOST:$PORT SIP/2.0
                    Via: SIP/2.0/UDP $HOST:$LPORT;branch=$BRANCH
                    Max-Forwards: 70
                    From: <sip:caller@$HOST>;tag=bad2
                    To: <sip:camel@$HOST>
                    CSeq: 1 OPTIONS
                    Content-Length: 0

                    """, 5000, true);
            assertThat(got).last().asString().startsWith("SIP/2.0 400 Bad Request (missing Call-ID)").contains("branch=z9hG4bK-");
        }
        assertThat(getMockEndpoint("mock:invite").getReceivedCounter()).isZero();
    }

    static String header(String message, String name) {
        return message.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).trim()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
