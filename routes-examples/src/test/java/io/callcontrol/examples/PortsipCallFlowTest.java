package io.callcontrol.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the application as the README's run command does (embedded profile) and checks the PortSIP call flow on
 * the simulator's wire: originate, then -- after the PBX's connected event reached our webhook -- hold, unhold,
 * hang up, list.
 */
@SpringBootTest(properties = {
        "callcontrol.examples.portsip.call-flow.start-delay=100",
        "callcontrol.examples.portsip.call-flow.step-delay=100",
        "callcontrol.embedded.portsip.port=0" })
class PortsipCallFlowTest {

    @DynamicPropertySource
    static void freeWebhookPort(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            int port = s.getLocalPort();
            registry.add("callcontrol.portsip.webhook-port", () -> port);
        }
    }

    @Autowired
    PortsipSimulator pbx;

    @Test
    void originatesHoldsUnholdsAndHangsUp() {
        Duration bound = Duration.ofSeconds(30);
        RecordedRequest originate = pbx.wireLog().await(r -> r.method().equals("POST") && r.path().equals("/api/sessions"), bound);
        assertThat(originate.bodyAsString()).contains("\"caller\":\"1001\"").contains("\"callee\":\"1002\"");
        assertThat(originate.header("authorization")).startsWith("Bearer ");

        RecordedRequest destroy = pbx.wireLog().await(r -> r.path().endsWith("/destroy"), bound);
        String session = destroy.path().split("/")[3];
        assertThat(pbx.wireLog().all()).extracting(r -> r.method() + " " + r.path()).containsSubsequence(
                "POST /api/sessions", "POST /api/sessions/" + session + "/hold",
                "POST /api/sessions/" + session + "/unhold", "POST /api/sessions/" + session + "/destroy");
        pbx.wireLog().await(r -> r.method().equals("GET") && r.path().equals("/api/sessions"), bound);
        // the connected event went through our webhook before the hold was sent
        assertThat(pbx.deliveries()).anySatisfy(d -> {
            assertThat(d.eventType()).isEqualTo("cdr_target_answer");
            assertThat(d.status()).isEqualTo(200);
        });
    }
}
