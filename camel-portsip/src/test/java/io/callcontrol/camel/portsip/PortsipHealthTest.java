package io.callcontrol.camel.portsip;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The health checks of a PBX account (login) and of the events consumer (receiver). */
class PortsipHealthTest extends PortsipTestSupport {

    private static final int PORT = AvailablePortFinder.getNextAvailable();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?webhookHost=127.0.0.1&webhookAuth=NONE&webhookPort=" + PORT).routeId("events").to("mock:events");
            }
        };
    }

    /** Calls the registered health check whose id starts with the prefix. */
    private HealthCheck.Result check(String idPrefix) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        Optional<HealthCheck> check = registry.getCheckIDs().stream().filter(id -> id.startsWith(idPrefix)).findFirst()
                .flatMap(registry::getCheck);
        assertThat(check).as("health check " + idPrefix + " among " + registry.getCheckIDs()).isPresent();
        return check.get().call();
    }

    @Test
    void accountIsDownWhileItsLoginFailsAndUpAgainAfterwards() {
        template.request("portsip:list_sessions", e -> {
        });
        assertThat(check("portsip-admin@").getState()).isEqualTo(HealthCheck.State.UP);

        sim().admin("admin", "rotated"); // the password changes on the PBX ...
        sim().clock().advance(java.time.Duration.ofSeconds(1800)); // ... and the token expires there
        Exchange failed = template.request("portsip:list_sessions", e -> {
        });
        assertThat(failed.getException()).isInstanceOf(PortsipException.class);
        HealthCheck.Result down = check("portsip-admin@");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getError()).containsInstanceOf(PortsipException.class);

        sim().admin("admin", io.callcontrol.sim.portsip.PortsipSimulator.ADMIN_PASSWORD);
        template.request("portsip:list_sessions", e -> {
        });
        assertThat(check("portsip-admin@").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void eventsConsumerIsUpWhileListeningAndDownWhenSuspended() throws Exception {
        assertThat(check("portsip-events-events").getState()).isEqualTo(HealthCheck.State.UP);
        context.getRouteController().suspendRoute("events");
        HealthCheck.Result r = check("portsip-events-events");
        assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(r.getDetails()).containsEntry("connection.state", "DISCONNECTED");
        context.getRouteController().resumeRoute("events");
        assertThat(check("portsip-events-events").getState()).isEqualTo(HealthCheck.State.UP);
    }
}
