package io.callcontrol.examples.embedded;

import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded profile: the PBX simulators run in this JVM, on loopback, on a real-time clock, and send their
 * events to this application's webhook receivers. The component beans depend on them, so they are up first.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
public class EmbeddedPbxConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    PortsipSimulator portsipSimulator(@Value("${callcontrol.embedded.portsip.port}") int port,
                                      @Value("${callcontrol.portsip.webhook-port}") int webhookPort) {
        PortsipSimulator sim = new PortsipSimulator(SimClock.realtime(), "127.0.0.1", port);
        sim.eventUrl("http://127.0.0.1:" + webhookPort + "/portsip/events");
        return sim;
    }
}
