package io.callcontrol.examples;

import java.util.List;

import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PortSIP call flow the README's run command shows, on the simulator's wire: originate 1001 -> 1002, then --
 * after the PBX's connected event reached our webhook -- hold, unhold, hang up, list.
 */
class PortsipCallFlowTest extends EmbeddedAppTestSupport {

    @Autowired
    PortsipSimulator pbx;

    @Test
    void originatesHoldsUnholdsAndHangsUp() {
        RecordedRequest originate = pbx.wireLog().await(r -> r.method().equals("POST")
                && r.path().equals("/api/sessions") && r.bodyAsString().contains("\"caller\":\"1001\"")
                && r.bodyAsString().contains("\"callee\":\"1002\""), BOUND);
        assertThat(originate.header("authorization")).startsWith("Bearer ");

        // only the call flow holds calls
        RecordedRequest hold = pbx.wireLog().await(r -> r.path().endsWith("/hold"), BOUND);
        String session = hold.path().split("/")[3];
        pbx.wireLog().await(r -> r.path().equals("/api/sessions/" + session + "/destroy"), BOUND);
        pbx.wireLog().await(r -> r.method().equals("GET") && r.path().equals("/api/sessions"), BOUND);
        List<String> calls = pbx.wireLog().all().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(calls).containsSubsequence("POST /api/sessions", "POST /api/sessions/" + session + "/hold",
                "POST /api/sessions/" + session + "/unhold", "POST /api/sessions/" + session + "/destroy");
        // the flow's call is held and unheld once: its later CONNECTED events (call_update_info, the unhold) do not
        // start the steps again (they did, in a loop, once stateless events carried the call's current state)
        assertThat(calls).filteredOn(c -> c.equals("POST /api/sessions/" + session + "/hold")).hasSize(1);
        assertThat(calls).filteredOn(c -> c.equals("POST /api/sessions/" + session + "/unhold")).hasSize(1);
        // the connected event went through our webhook before the hold was sent
        assertThat(pbx.deliveries()).anySatisfy(d -> {
            assertThat(d.eventType()).isEqualTo("cdr_target_answer");
            assertThat(d.status()).isEqualTo(200);
        });
    }
}
