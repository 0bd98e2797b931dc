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
        // a lifetime inside the 60 s refresh margin: reused (not refreshed per request), refreshed after 3/4 of it
        sim.jwtTokens(true).accessTokenTtl(Duration.ofSeconds(3));
        String uri = "broadworks:list_calls?baseUrl=" + sim.baseUrl() + "&tenantId=foo&groupId=foogroup"
                + "&userId=foouser&username=apiuser&password=apipass";
        for (int i = 0; i < 2; i++) {
            Exchange ex = template.send(uri, e -> e.getMessage().setBody(Map.of()));
            assertThat(ex.getException()).isNull();
        }
        assertThat(sim.wireLog().all()).extracting(RecordedRequest::path).containsExactly(
                BroadworksSimulator.DEFAULT_LOGIN_PATH,
                "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/",
                "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (sim.wireLog().all().stream().noneMatch(r -> r.path().equals(BroadworksSimulator.REFRESH_PATH))) {
            assertThat(System.nanoTime()).as("a refresh within 15 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertThat(template.send(uri, e -> e.getMessage().setBody(Map.of())).getException()).isNull();
        }
        List<RecordedRequest> all = sim.wireLog().all();
        int at = all.stream().map(RecordedRequest::path).toList().indexOf(BroadworksSimulator.REFRESH_PATH);
        List<RecordedRequest> wire = List.of(all.get(0), all.get(1), all.get(at), all.get(at + 1));
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
