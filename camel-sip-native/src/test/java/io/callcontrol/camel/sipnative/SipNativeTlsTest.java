package io.callcontrol.camel.sipnative;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.sipnative.api.Registration;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * transport=tls against kamailio's TLS listener: REGISTER with Digest over TLS, a MESSAGE relayed by kamailio over
 * TLS to another registered user agent (which accepts kamailio's TLS connection with its own certificate), a peer
 * certificate the trust store does not hold refused, unreadable stores refused before anything starts.
 * Certificates are made per run with openssl (kamailio's PEM) and keytool (the agents' PKCS12 stores).
 */
class SipNativeTlsTest extends CamelTestSupport {

    private static final String PASS = "changeit";
    private static Path dir;
    private static Kamailio kamailio;

    @BeforeAll
    static void certificatesAndKamailio() throws Exception {
        String openssl = Peers.require("openssl", "openssl");
        dir = Files.createTempDirectory("sip-tls-");
        // kamailio's certificate, for 127.0.0.1
        run(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", dir.resolve("kamailio.key").toString(),
                "-out", dir.resolve("kamailio.pem").toString());
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        // the agents' key store (their certificate, presented when kamailio connects to them)
        run(keytool, "-genkeypair", "-keystore", dir.resolve("agent.p12").toString(), "-storetype", "PKCS12",
                "-storepass", PASS, "-keypass", PASS, "-alias", "agent", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2");
        // trust store holding kamailio's certificate
        run(keytool, "-importcert", "-noprompt", "-keystore", dir.resolve("trust.p12").toString(), "-storetype",
                "PKCS12", "-storepass", PASS, "-alias", "kamailio", "-file", dir.resolve("kamailio.pem").toString());
        // a trust store that holds some other certificate only
        run(keytool, "-genkeypair", "-keystore", dir.resolve("stranger.p12").toString(), "-storetype", "PKCS12",
                "-storepass", PASS, "-keypass", PASS, "-alias", "stranger", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=stranger", "-validity", "2");
        kamailio = Kamailio.start(dir.resolve("kamailio.pem"), dir.resolve("kamailio.key"));
    }

    @AfterAll
    static void stopKamailio() {
        if (kamailio != null) {
            kamailio.close();
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    }

    private String agent(String user, String password, int port, String trustStore) {
        return "?identity=sip:" + user + "@127.0.0.1&transport=tls&listenAddress=127.0.0.1&listenPort=" + port
                + "&register=true&registrar=sip:" + kamailio.tlsHostPort() + ";transport=tls"
                + "&outboundProxy=" + kamailio.tlsHostPort() + "&password=" + password + "&requestTimeout=3000"
                + "&registerRetryInterval=60000"
                + "&keyStore=" + dir.resolve("agent.p12") + "&keyStorePassword=" + PASS + "&keyStoreType=PKCS12"
                + "&trustStore=" + dir.resolve(trustStore);
    }

    private SipUserAgent ua(String user) {
        return context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:" + user + "@127.0.0.1");
    }

    @Test
    void registersAndExchangesAMessageThroughKamailioOverTls() throws Exception {
        int carolPort = Peers.freePort();
        int camelPort = Peers.freePort();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:message" + agent("carol", "carol-secret", carolPort, "trust.p12")).to("mock:carol");
            }
        });
        MockEndpoint carol = getMockEndpoint("mock:carol");
        carol.expectedMessageCount(1);
        Registration carolReg = ua("carol").registration();
        carolReg.firstAttempt().get(10, TimeUnit.SECONDS);
        assertThat(carolReg.state()).as(String.valueOf(carolReg.lastError())).isEqualTo(Registration.State.REGISTERED);
        assertThat(kamailio.log()).contains("REGISTER of carol accepted over tls");
        assertThat(kamailio.locations()).contains("127.0.0.1:" + carolPort + ";transport=tls");

        Exchange out = template.request("sip-native:message" + agent("camel", "camel-secret", camelPort, "trust.p12"), e -> {
            e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:carol@127.0.0.1");
            e.getMessage().setBody("over tls");
        });
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
        carol.assertIsSatisfied();
        Exchange in = carol.getExchanges().get(0);
        assertThat(in.getMessage().getBody(String.class)).isEqualTo("over tls");
        Map<?, ?> headers = in.getMessage().getHeader(SipNativeConstants.SIP_HEADERS, Map.class);
        // kamailio's hop and ours: both over TLS
        assertThat(headers.get("Via").toString()).contains("SIP/2.0/TLS 127.0.0.1:" + kamailio.tlsPort)
                .contains("SIP/2.0/TLS 127.0.0.1:" + camelPort);
        assertThat(kamailio.log()).contains("relaying MESSAGE (tls) to sip:carol@127.0.0.1:" + carolPort + ";transport=tls");
    }

    @Test
    void aServerCertificateTheTrustStoreDoesNotHoldIsRefused() throws Exception {
        int port = Peers.freePort();
        SipNativeEndpoint ep = context.getEndpoint("sip-native:options" + agent("bob", "bob-secret", port, "stranger.p12"),
                SipNativeEndpoint.class);
        ep.start();
        try {
            Registration reg = ep.getAgent().registration();
            reg.firstAttempt().get(10, TimeUnit.SECONDS);
            assertThat(reg.state()).isEqualTo(Registration.State.FAILED);
            assertThat(kamailio.log()).doesNotContain("REGISTER of bob accepted");
            assertThat(kamailio.locations()).doesNotContain("127.0.0.1:" + port);
        } finally {
            ep.stop();
        }
    }

    @Test
    void aServerCertificateForAnotherHostIsRefusedUnlessHostnameVerificationIsOff() throws Exception {
        String openssl = Peers.require("openssl", "openssl");
        Path other = Files.createTempDirectory(dir, "other-");
        run(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=DNS:pbx.elsewhere.example", "-keyout", other.resolve("k.key").toString(),
                "-out", other.resolve("k.pem").toString());
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-importcert", "-noprompt", "-keystore", other.resolve("trust.p12").toString(), "-storetype",
                "PKCS12", "-storepass", PASS, "-alias", "other", "-file", other.resolve("k.pem").toString());
        try (Kamailio elsewhere = Kamailio.start(other.resolve("k.pem"), other.resolve("k.key"))) {
            for (boolean verify : new boolean[] { true, false }) {
                int port = Peers.freePort();
                String uri = "sip-native:options?identity=sip:bob@127.0.0.1&transport=tls&listenAddress=127.0.0.1"
                        + "&listenPort=" + port + "&register=true&registrar=sip:" + elsewhere.tlsHostPort()
                        + ";transport=tls&outboundProxy=" + elsewhere.tlsHostPort() + "&password=bob-secret"
                        + "&requestTimeout=3000&registerRetryInterval=60000&keyStore=" + dir.resolve("agent.p12")
                        + "&keyStorePassword=" + PASS + "&keyStoreType=PKCS12&trustStore=" + other.resolve("trust.p12")
                        + "&tlsVerifyHostname=" + verify;
                SipNativeEndpoint ep = context.getEndpoint(uri, SipNativeEndpoint.class);
                try {
                    Registration reg = ep.getAgent().registration();
                    reg.firstAttempt().get(10, TimeUnit.SECONDS);
                    if (verify) {
                        // trusted, but issued for pbx.elsewhere.example, not for the 127.0.0.1 connected to
                        assertThat(reg.state()).isEqualTo(Registration.State.FAILED);
                        assertThat(reg.lastError()).contains("pbx.elsewhere.example").contains("not for 127.0.0.1");
                        assertThat(elsewhere.log()).doesNotContain("REGISTER of bob accepted");
                    } else {
                        assertThat(reg.state()).as(String.valueOf(reg.lastError())).isEqualTo(Registration.State.REGISTERED);
                        assertThat(elsewhere.log()).contains("REGISTER of bob accepted over tls");
                    }
                } finally {
                    ep.stop();
                }
            }
        }
    }

    @Test
    void unreadableStoresFailTheStartNamingTheOption() {
        int port = Peers.freePort();
        String base = "sip-native:options?identity=sip:dave@127.0.0.1&transport=tls&listenAddress=127.0.0.1&listenPort=" + port;
        List<Throwable> failures = new ArrayList<>();
        for (String uri : List.of(
                base + "&keyStore=" + dir.resolve("agent.p12") + "&keyStorePassword=wrong&keyStoreType=PKCS12",
                base + "&keyStore=" + dir.resolve("missing.p12") + "&keyStorePassword=" + PASS,
                base + "&keyStore=" + dir.resolve("agent.p12") + "&keyStorePassword=" + PASS + "&trustStore=" + dir.resolve("nope.p12"),
                base + "&keyStore=" + dir.resolve("agent.p12") + "&keyStorePassword=" + PASS + "&tlsClientAuth=sometimes")) {
            // the endpoint starts (and fails) as the started context resolves it
            assertThatThrownBy(() -> context.getEndpoint(uri)).satisfies(failures::add);
        }
        assertThat(rootMessage(failures.get(0))).contains("keyStore " + dir.resolve("agent.p12")).contains("keyStorePassword");
        assertThat(rootMessage(failures.get(1))).contains("keyStore " + dir.resolve("missing.p12"));
        assertThat(rootMessage(failures.get(2))).contains("trustStore " + dir.resolve("nope.p12"));
        assertThat(rootMessage(failures.get(3))).contains("tlsClientAuth must be one of Enabled,Want,Disabled,DisabledAll");
        assertThat(ua("dave")).isNull();
    }

    private static String rootMessage(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append(" | ");
        }
        return b.toString();
    }
}
