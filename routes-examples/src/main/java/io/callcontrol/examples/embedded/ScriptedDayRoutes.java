package io.callcontrol.examples.embedded;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.camel.portsip.PortsipConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The embedded profile's scripted day: every {@code callcontrol.examples.day.interval} the next call of
 * {@code callcontrol.examples.day.calls} ({@code caller>callee}, round robin) is placed on the simulated PBX, so
 * calls ring, connect, end and get missed without any input. Answered calls are hung up after the talk time by the
 * PortSIP event route; calls to the extension that never answers become missed calls.
 */
@Component
@Profile("embedded")
@ConditionalOnProperty(name = "callcontrol.examples.day.enabled", havingValue = "true", matchIfMissing = true)
public class ScriptedDayRoutes extends RouteBuilder {

    @Value("${callcontrol.examples.day.calls}")
    List<String> calls;

    private final AtomicInteger next = new AtomicInteger();

    @Override
    public void configure() {
        from("timer:scripted-day?delay={{callcontrol.examples.day.start-delay}}"
             + "&period={{callcontrol.examples.day.interval}}")
                .routeId("scripted-day")
                .process(exchange -> {
                    String[] call = calls.get(next.getAndIncrement() % calls.size()).split(">");
                    exchange.getMessage().setHeader(PortsipConstants.CALLER, call[0].trim());
                    exchange.getMessage().setHeader(PortsipConstants.CALLEE, call[1].trim());
                })
                .to("portsip:initiate?sendSdp=true")
                .log("Scripted day: ${header." + PortsipConstants.CALLER + "} calls ${header."
                     + PortsipConstants.CALLEE + "} (PortSIP session ${header." + PortsipConstants.SESSION_ID + "})");
    }
}
