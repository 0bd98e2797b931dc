package io.callcontrol.examples.embedded;

import java.time.Duration;
import java.util.List;

import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.portasip.PortasipSimulator;
import io.callcontrol.sim.sipx.SipxSimulator;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded profile: the PBX simulators run in this JVM, on loopback, on a real-time clock, and send their
 * events to this application's webhook receivers. They are started as the Spring context is built, before the
 * Camel context starts its routes; the components reach them through the {@code camel.component.<scheme>.*}
 * properties of {@code application-embedded.properties}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
public class EmbeddedPbxConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    PortsipSimulator portsipSimulator(@Value("${callcontrol.embedded.portsip.port}") int port,
                                      @Value("${callcontrol.portsip.webhook-port}") int webhookPort,
                                      @Value("${camel.component.portsip.webhook-bearer-token}") String webhookToken,
                                      @Value("${callcontrol.embedded.portsip.ring-delay}") Duration ringDelay,
                                      @Value("${callcontrol.embedded.portsip.answer-delay}") Duration answerDelay,
                                      @Value("${callcontrol.embedded.portsip.no-answer-timeout}") Duration noAnswer,
                                      @Value("${callcontrol.embedded.portsip.no-answer-extension}") String noAnswerExt) {
        PortsipSimulator sim = new PortsipSimulator(SimClock.realtime(), "127.0.0.1", port);
        sim.eventUrl("http://127.0.0.1:" + webhookPort + "/portsip/events").eventBearerToken(webhookToken);
        sim.ringDelay(ringDelay).answerDelay(answerDelay).noAnswerTimeout(noAnswer);
        // this extension never answers: its calls become missed calls
        sim.calleeBehaviour(noAnswerExt, PortsipSimulator.CalleeBehaviour.NO_ANSWER);
        // a webhook that was not listening yet (the event route waits for leadership) gets the event again soon
        sim.eventRetryDelays(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30)));
        return sim;
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    BroadworksSimulator broadworksSimulator(@Value("${callcontrol.embedded.broadworks.port}") int port) {
        return new BroadworksSimulator(SimClock.realtime(), "127.0.0.1", port);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    SipxSimulator sipxSimulator(@Value("${callcontrol.embedded.sipx.port}") int port) {
        return new SipxSimulator(SimClock.realtime(), "127.0.0.1", port);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    UcDialogsSimulator ucDialogsSimulator(@Value("${callcontrol.embedded.uc-dialogs.port}") int port) {
        return new UcDialogsSimulator(SimClock.realtime(), "127.0.0.1", port);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    PortasipSimulator portasipSimulator(@Value("${callcontrol.embedded.portasip.port}") int port) {
        return new PortasipSimulator(SimClock.realtime(), "127.0.0.1", port);
    }
}
