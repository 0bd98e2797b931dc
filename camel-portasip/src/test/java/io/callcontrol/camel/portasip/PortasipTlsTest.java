package io.callcontrol.camel.portasip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.portasip.api.GetSipCallsListResponse;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.sim.kit.TestCertificates;
import io.callcontrol.sim.portasip.PortasipSimulator;
import io.vertx.core.net.PfxOptions;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wss PortaSIP (the simulator with a self-signed certificate for 127.0.0.1): every endpoint's TLS settings are
 * its own -- an endpoint that trusts every certificate never lets one with default TLS, or with a trust store that
 * does not hold the certificate, ride its connection -- and stopping a context with a wss connection is quick.
 */
class PortasipTlsTest {

    private static final String PASS = "changeit";
    private static Path dir;
    private static PortasipSimulator pbx;

    @BeforeAll
    static void certificatesAndServer() throws Exception {
        dir = Files.createTempDirectory("portasip-tls-");
        TestCertificates.selfSignedFor127(dir, PASS);
        // a trust store holding some other certificate only
        TestCertificates.keytool("-genkeypair", "-keystore", dir.resolve("stranger.p12").toString(), "-storetype",
                "PKCS12", "-storepass", PASS, "-keypass", PASS, "-alias", "stranger", "-keyalg", "RSA", "-keysize",
                "2048", "-dname", "CN=stranger", "-validity", "2");
        pbx = new PortasipSimulator();
        pbx.useTls(new PfxOptions().setPath(dir.resolve("server.p12").toString()).setPassword(PASS));
        pbx.start();
    }

    @AfterAll
    static void stopServer() {
        if (pbx != null) {
            pbx.stop();
        }
    }


    private static DefaultCamelContext context() {
        DefaultCamelContext context = new DefaultCamelContext();
        PortasipComponent component = new PortasipComponent();
        PortasipConfiguration c = component.getConfiguration();
        c.setWebSocketUrl("wss://127.0.0.1:" + pbx.port() + "/ws");
        c.setLogin(PortasipSimulator.LOGIN);
        c.setPassword(PortasipSimulator.PASSWORD);
        c.setRequestTimeout(3000);
        c.setReconnectInitialDelay(50);
        c.setReconnectMaxDelay(200);
        context.addComponent("portasip", component);
        return context;
    }

    private static final String LIST = "portasip:get_sip_calls_list?iCustomer=30";

    @Test
    void endpointsWithOtherTlsSettingsNeverShareAConnection() throws Exception {
        pbx.reset();
        try (DefaultCamelContext context = context()) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            PortasipComponent component = context.getComponent("portasip", PortasipComponent.class);

            // 1: trusts every certificate -- connects (and logs in)
            Exchange trustAll = template.request(LIST + "&trustAllCertificates=true", e -> {
            });
            assertThat(trustAll.getException()).isNull();
            assertThat(trustAll.getMessage().getBody()).isInstanceOf(GetSipCallsListResponse.class);
            assertThat(pbx.loginCount()).isEqualTo(1);

            // 2: default TLS (the JVM's trust, which does not know the self-signed certificate) -- must not connect
            Exchange defaults = template.request(LIST + "&maxReconnectAttempts=1", e -> {
            });
            assertThat(defaults.getException()).isInstanceOfSatisfying(CallControlException.class,
                    e -> assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT));
            assertThat(rootCauses(defaults.getException())).containsIgnoringCase("certificat");

            // 3: a trust store that does not hold the certificate -- must not connect either
            Exchange stranger = template.request(LIST + "&maxReconnectAttempts=1&trustStore=" + dir.resolve("stranger.p12")
                    + "&trustStorePassword=" + PASS, e -> {
            });
            assertThat(stranger.getException()).isInstanceOfSatisfying(CallControlException.class,
                    e -> assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT));

            // 4: the trust store holding the certificate -- connects, on its own socket
            Exchange trusted = template.request(LIST + "&trustStore=" + dir.resolve("trust.p12") + "&trustStorePassword="
                    + PASS, e -> {
            });
            assertThat(trusted.getException()).isNull();

            assertThat(component.connections()).hasSize(4);
            // only the two endpoints that may connect ever logged in or sent a request
            assertThat(pbx.loginCount()).isEqualTo(2);
            assertThat(pbx.wireLog().matching(r -> "WS".equals(r.method()) && r.bodyAsString().contains("get_sip_calls_list")))
                    .hasSize(2);
        }
    }

    @Test
    void sslContextParametersTrustTheCertificateOnTheWebSocket() throws Exception {
        pbx.reset();
        org.apache.camel.support.jsse.KeyStoreParameters ks = new org.apache.camel.support.jsse.KeyStoreParameters();
        ks.setResource("file:" + dir.resolve("trust.p12"));
        ks.setPassword(PASS);
        ks.setType("PKCS12");
        org.apache.camel.support.jsse.TrustManagersParameters tm = new org.apache.camel.support.jsse.TrustManagersParameters();
        tm.setKeyStore(ks);
        org.apache.camel.support.jsse.SSLContextParameters tls = new org.apache.camel.support.jsse.SSLContextParameters();
        tls.setTrustManagers(tm);
        try (DefaultCamelContext context = context()) {
            context.getRegistry().bind("tls", tls);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Exchange ws = template.request(LIST + "&sslContextParameters=#tls", e -> {
            });
            assertThat(ws.getException()).isNull();
            assertThat(ws.getMessage().getBody()).isInstanceOf(GetSipCallsListResponse.class);
            assertThat(pbx.wireLog().matching(r -> "WS".equals(r.method()) && r.bodyAsString().contains("get_sip_calls_list")))
                    .hasSize(1);
            // an endpoint with default TLS never rides that socket
            Exchange defaults = template.request(LIST + "&maxReconnectAttempts=1", e -> {
            });
            assertThat(defaults.getException()).isInstanceOfSatisfying(CallControlException.class,
                    e -> assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT));
            assertThat(context.getComponent("portasip", PortasipComponent.class).connections()).hasSize(2);
            assertThat(pbx.loginCount()).isEqualTo(1);
        }
    }

    private static String rootCauses(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c).append(" <- ");
        }
        return sb.toString();
    }

    @Test
    void stoppingAContextWithAWssConnectionIsQuick() throws Exception {
        pbx.reset();
        DefaultCamelContext context = context();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iCustomer=30&trustAllCertificates=true").to("mock:events");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        assertThat(template.request(LIST + "&trustAllCertificates=true", e -> {
        }).getException()).isNull();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pbx.activeSubscriptions() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pbx.activeSubscriptions()).isEqualTo(1);

        long start = System.nanoTime();
        context.stop();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // target: well under 1 s (it took 10 s: Vert.x waited its closing timeout); the bound is generous for a
        // loaded machine, the number is printed for the record
        System.out.println("PortasipTlsTest: context with a wss connection stopped in " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofMillis(2500));
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pbx.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pbx.openConnections()).isZero();
    }

    @Test
    void stoppingIsQuickEvenWhenTheWssPeerWentSilent() throws Exception {
        // a wss front (TLS terminated here, as a proxy or load balancer would) to a plain simulator; "frozen" it
        // passes nothing any more and closes nothing: the peer of a half-dead connection
        PortasipSimulator plain = new PortasipSimulator();
        plain.start();
        io.vertx.core.Vertx pv = io.vertx.core.Vertx.vertx();
        java.util.concurrent.atomic.AtomicBoolean frozen = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            io.vertx.core.net.NetClient nc = pv.createNetClient();
            io.vertx.core.net.NetServer ns = pv.createNetServer(new io.vertx.core.net.NetServerOptions().setSsl(true)
                    .setKeyCertOptions(new PfxOptions().setPath(dir.resolve("server.p12").toString()).setPassword(PASS))
                    .setHost("127.0.0.1").setPort(0));
            ns.connectHandler(in -> {
                in.pause();
                nc.connect(plain.port(), "127.0.0.1").onSuccess(out -> {
                    in.handler(b -> {
                        if (!frozen.get()) {
                            out.write(b);
                        }
                    });
                    out.handler(b -> {
                        if (!frozen.get()) {
                            in.write(b);
                        }
                    });
                    in.closeHandler(v -> out.close());
                    out.closeHandler(v -> {
                        if (!frozen.get()) {
                            in.close();
                        }
                    });
                    in.resume();
                }).onFailure(e -> in.close());
            });
            int port = ns.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();

            DefaultCamelContext context = context();
            PortasipComponent component = context.getComponent("portasip", PortasipComponent.class);
            component.getConfiguration().setWebSocketUrl("wss://127.0.0.1:" + port + "/ws");
            component.getConfiguration().setRequestTimeout(10_000); // the default: a stop must not wait for it
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("portasip:call_control_notifications?iCustomer=30&trustAllCertificates=true").to("mock:events");
                }
            });
            context.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (plain.activeSubscriptions() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(plain.activeSubscriptions()).isEqualTo(1);
            Thread.sleep(200); // the session is marked up a moment after the server sees the subscription

            frozen.set(true);
            long start = System.nanoTime();
            context.stop();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // it took 20 s: the unsubscribe waited its request timeout (10 s), the close Vert.x's closing timeout
            // (10 s); the target is < 1 s, the assertion generous for a loaded machine
            System.out.println("PortasipTlsTest: context with a silent wss peer stopped in " + took.toMillis() + " ms");
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        } finally {
            pv.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            plain.stop();
        }
    }
}
