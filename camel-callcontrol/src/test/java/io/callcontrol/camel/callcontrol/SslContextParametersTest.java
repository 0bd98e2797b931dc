package io.callcontrol.camel.callcontrol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.callcontrol.camel.broadworks.BroadworksComponent;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.portsip.PortsipConfiguration;
import io.callcontrol.camel.sipx.SipxComponent;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.SimulatorServer;
import io.callcontrol.sim.kit.TestCertificates;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.callcontrol.sim.sipx.SipxSimulator;
import io.vertx.core.net.PfxOptions;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's standard TLS configuration on the HTTP components: the PBX simulators serve HTTPS with a self-signed
 * certificate for 127.0.0.1. Without TLS settings a request fails on the certificate (nothing is answered); with
 * {@code sslContextParameters=#tls} (a trust store holding the certificate) it reaches the simulator's wire; with the
 * component's {@code useGlobalSslContextParameters} the context's global parameters do the same.
 */
class SslContextParametersTest {

    private static final String PASS = "changeit";
    private static Path dir;
    private static PortsipSimulator portsip;
    private static BroadworksSimulator broadworks;
    private static SipxSimulator sipx;

    @BeforeAll
    static void certificatesAndServers() throws Exception {
        dir = Files.createTempDirectory("callcontrol-tls-");
        TestCertificates.selfSignedFor127(dir, PASS);
        portsip = tls(new PortsipSimulator());
        broadworks = tls(new BroadworksSimulator());
        sipx = tls(new SipxSimulator());
    }

    private static <S extends SimulatorServer> S tls(S sim) {
        sim.useTls(new PfxOptions().setPath(dir.resolve("server.p12").toString()).setPassword(PASS));
        sim.start();
        assertThat(sim.baseUrl()).startsWith("https://");
        return sim;
    }

    @BeforeEach
    void freshPbxs() {
        portsip.reset();
        broadworks.reset();
        sipx.reset();
    }

    @AfterAll
    static void stopServers() {
        for (SimulatorServer s : new SimulatorServer[] {portsip, broadworks, sipx}) {
            if (s != null) {
                s.stop();
            }
        }
    }


    static SSLContextParameters trusting() {
        KeyStoreParameters ks = new KeyStoreParameters();
        ks.setResource("file:" + dir.resolve("trust.p12"));
        ks.setPassword(PASS);
        ks.setType("PKCS12");
        TrustManagersParameters tm = new TrustManagersParameters();
        tm.setKeyStore(ks);
        SSLContextParameters p = new SSLContextParameters();
        p.setTrustManagers(tm);
        return p;
    }

    private static DefaultCamelContext context(boolean global) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("tls", trusting());
        if (global) {
            context.setSSLContextParameters(trusting());
        }
        PortsipComponent ps = new PortsipComponent();
        PortsipConfiguration c = ps.getConfiguration();
        c.setBaseUrl(portsip.baseUrl() + "/api");
        c.setUsername(PortsipSimulator.ADMIN_USER);
        c.setPassword(PortsipSimulator.ADMIN_PASSWORD);
        ps.setUseGlobalSslContextParameters(global);
        context.addComponent("portsip", ps);
        BroadworksComponent bw = new BroadworksComponent();
        bw.setUseGlobalSslContextParameters(global);
        context.addComponent("broadworks", bw);
        SipxComponent sx = new SipxComponent();
        sx.setUseGlobalSslContextParameters(global);
        context.addComponent("sipx", sx);
        return context;
    }

    static String broadworksUri(String tls) {
        return "broadworks:call?baseUrl=" + broadworks.baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser"
               + "&accessToken=" + BroadworksSimulator.MACHINE_TOKEN + tls;
    }

    static String sipxUri(String tls) {
        return "sipx:call?baseUrl=" + sipx.baseUrl() + "&authMethod=basic&username=user1&password=123" + tls;
    }

    private static Exchange listCalls(ProducerTemplate t, String pbx) {
        return t.request("callcontrol:list_calls?pbx=" + pbx, e -> {
        });
    }

    private static Exchange originateOnSipx(ProducerTemplate t, String pbx) {
        return t.request("callcontrol:originate?pbx=" + pbx, e -> e.getMessage().setHeaders(new java.util.HashMap<>(
                Map.of(CallControlConstants.CALLER, "user1", CallControlConstants.CALLEE, "user2"))));
    }

    @Test
    void withoutTlsSettingsTheSelfSignedPbxIsRefused() throws Exception {
        try (DefaultCamelContext context = context(false)) {
            context.getRegistry().bind("ps", "portsip:list_sessions");
            context.getRegistry().bind("bw", broadworksUri(""));
            context.getRegistry().bind("sx", sipxUri(""));
            context.start();
            ProducerTemplate t = context.createProducerTemplate();
            int portsipBefore = portsip.wireLog().all().size();
            assertThat(rootCauses(listCalls(t, "#ps").getException())).containsIgnoringCase("certificat");
            assertThat(rootCauses(listCalls(t, "#bw").getException())).containsIgnoringCase("certificat");
            assertThat(rootCauses(originateOnSipx(t, "#sx").getException())).containsIgnoringCase("certificat");
            assertThat(portsip.wireLog().all()).hasSize(portsipBefore);
        }
    }

    @Test
    void sslContextParametersOnTheEndpointReachTheWire() throws Exception {
        try (DefaultCamelContext context = context(false)) {
            context.getRegistry().bind("ps", "portsip:list_sessions?sslContextParameters=#tls");
            context.getRegistry().bind("bw", broadworksUri("&sslContextParameters=#tls"));
            context.getRegistry().bind("sx", sipxUri("&sslContextParameters=#tls"));
            context.start();
            ProducerTemplate t = context.createProducerTemplate();
            assertAnswered(t);
        }
    }

    @Test
    void theGlobalSslContextParametersWithUseGlobalSslContextParameters() throws Exception {
        try (DefaultCamelContext context = context(true)) {
            context.getRegistry().bind("ps", "portsip:list_sessions");
            context.getRegistry().bind("bw", broadworksUri(""));
            context.getRegistry().bind("sx", sipxUri(""));
            context.start();
            assertAnswered(context.createProducerTemplate());
        }
    }

    private static void assertAnswered(ProducerTemplate t) {
        int portsipBefore = portsip.wireLog().matching(r -> r.method().equals("GET") && r.path().equals("/api/sessions")).size();
        int bwBefore = broadworks.wireLog().matching(r -> r.method().equals("GET") && r.path().endsWith("/calls/")).size();
        int sxBefore = sipx.wireLog().matching(r -> r.method().equals("POST")).size();
        Exchange ps = listCalls(t, "#ps");
        assertThat(ps.getException()).isNull();
        Exchange bw = listCalls(t, "#bw");
        assertThat(bw.getException()).isNull();
        Exchange sx = originateOnSipx(t, "#sx");
        assertThat(sx.getException()).isNull();
        assertThat(portsip.wireLog().matching(r -> r.method().equals("GET") && r.path().equals("/api/sessions"))).hasSize(portsipBefore + 1);
        assertThat(broadworks.wireLog().matching(r -> r.method().equals("GET") && r.path().endsWith("/calls/")))
                .hasSize(bwBefore + 1);
        assertThat(sipx.wireLog().matching(r -> r.method().equals("POST"))).hasSize(sxBefore + 1);
    }

    private static String rootCauses(Throwable t) {
        assertThat(t).as("the request failed").isNotNull();
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c).append(" <- ");
        }
        return sb.toString();
    }
}
