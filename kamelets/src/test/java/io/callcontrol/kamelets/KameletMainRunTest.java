package io.callcontrol.kamelets;

import java.time.Duration;

import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.main.KameletMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code camel run originate.yaml} does, without camel-jbang (camel-jbang-main 4.x does not resolve here):
 * camel-jbang's run command starts {@link KameletMain} (camel-kamelet-main 4.14.0, which does resolve) on the YAML
 * files; here with downloads off and our component and Kamelets on the class path instead of {@code --dep}. The
 * route calls the originate Kamelet and the component against the PortSIP simulator.
 */
class KameletMainRunTest {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    @Test
    void aYamlRouteRunsInKameletMain() throws Exception {
        KameletMain main = new KameletMain("callcontrol-test");
        main.setDownload(false);
        main.addInitialProperty("camel.main.routesIncludePattern", "file:src/test/resources/jbang/originate.yaml");
        main.addInitialProperty("camel.main.durationMaxSeconds", "60");
        main.addInitialProperty("pbx.url", pbx.get().baseUrl() + "/api");
        main.addInitialProperty("pbx.user", PortsipSimulator.ADMIN_USER);
        main.addInitialProperty("pbx.password", PortsipSimulator.ADMIN_PASSWORD);
        main.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pbx.get().wireLog().find("GET", "/api/sessions").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(pbx.get().wireLog().find("POST", "/api/sessions")).singleElement()
                    .satisfies(r -> assertThat(r.bodyAsString()).contains("\"caller\":\"1001\"", "\"callee\":\"1002\""));
            assertThat(pbx.get().wireLog().find("GET", "/api/sessions")).isNotEmpty();
            assertThat(pbx.get().sessions()).singleElement().satisfies(s -> assertThat(s).containsEntry("callee", "1002"));
        } finally {
            main.stop();
        }
    }
}
