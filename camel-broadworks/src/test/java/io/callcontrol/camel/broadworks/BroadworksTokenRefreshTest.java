package io.callcontrol.camel.broadworks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT access tokens with an {@code exp} claim are refreshed with the refresh token before they expire. The
 * simulator's manual clock starts at the real time here, because the token manager compares {@code exp} with the
 * system clock.
 */
class BroadworksTokenRefreshTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(
            () -> new BroadworksSimulator(SimClock.manual(Instant.now()), "127.0.0.1", 0));

    @Test
    void accessTokenCloseToExpiryIsRefreshedWithTheRefreshToken() {
        BroadworksSimulator sim = pbx.get();
        sim.jwtTokens(true).accessTokenTtl(Duration.ofSeconds(30)); // inside the 60 s refresh margin
        String uri = "broadworks:list_calls?baseUrl=" + sim.baseUrl() + "&tenantId=foo&groupId=foogroup"
                + "&userId=foouser&username=apiuser&password=apipass";
        for (int i = 0; i < 2; i++) {
            Exchange ex = template.send(uri, e -> e.getMessage().setBody(Map.of()));
            assertThat(ex.getException()).isNull();
        }
        List<RecordedRequest> wire = sim.wireLog().all();
        assertThat(wire).extracting(RecordedRequest::path).containsExactly(BroadworksSimulator.DEFAULT_LOGIN_PATH,
                "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/",
                BroadworksSimulator.REFRESH_PATH,
                "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/");
        RecordedRequest refresh = wire.get(2);
        assertThat(refresh.method()).isEqualTo("GET");
        assertThat(refresh.header("Authorization")).startsWith("Bearer ey");
        assertThat(wire.get(3).header("Authorization")).startsWith("Bearer ey")
                .isNotEqualTo(wire.get(1).header("Authorization"));
        BroadworksEndpoint ep = context.getEndpoint(uri, BroadworksEndpoint.class);
        assertThat(ep.client().tokens().loginCount()).isEqualTo(1);
        assertThat(ep.client().tokens().refreshCount()).isEqualTo(1);
    }
}
