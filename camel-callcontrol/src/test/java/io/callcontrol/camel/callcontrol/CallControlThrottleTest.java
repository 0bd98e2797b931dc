package io.callcontrol.camel.callcontrol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.portsip.PortsipConfiguration;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of 1000 originates through the per-PBX throttle: none lost, and the PortSIP simulator never sees more
 * requests in flight than the limit (its own gauge). Without a limit the same burst does exceed it.
 */
class CallControlThrottleTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    static final int LIMIT = 8;
    static final int BURST = 1000;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortsipComponent component = new PortsipComponent();
        PortsipConfiguration c = component.getConfiguration();
        c.setBaseUrl(pbx.get().baseUrl() + "/api");
        c.setUsername(PortsipSimulator.ADMIN_USER);
        c.setPassword(PortsipSimulator.ADMIN_PASSWORD);
        context.addComponent("portsip", component);
        // two PBX endpoints (two throttles): the limited one and one without limit
        context.getRegistry().bind("limited", "portsip:initiate?sendSdp=true");
        context.getRegistry().bind("unlimited", "portsip:initiate?sendSdp=false");
        return context;
    }

    private List<Exchange> burst(String uri) throws Exception {
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String callee = String.valueOf(200000 + i);
            futures.add(template.asyncSend(uri, e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                    CallControlConstants.CALLER, "1001", CallControlConstants.CALLEE, callee)))));
        }
        List<Exchange> out = new ArrayList<>();
        for (CompletableFuture<Exchange> f : futures) {
            out.add(f.get(120, TimeUnit.SECONDS));
        }
        return out;
    }

    @Test
    void aBurstOf1000OriginatesNeverExceedsTheLimitAndLosesNone() throws Exception {
        pbx.get().httpResponseDelay(Duration.ofMillis(20));
        List<Exchange> done = burst("callcontrol:originate?pbx=#limited&maxConcurrentOriginates=" + LIMIT);

        Set<String> ids = new HashSet<>();
        for (Exchange ex : done) {
            assertThat(ex.getException()).isNull();
            ids.add(ex.getMessage().getHeader(CallControlConstants.CALL_ID, String.class));
        }
        assertThat(ids).hasSize(BURST).doesNotContainNull();
        assertThat(pbx.get().sessions()).hasSize(BURST);
        assertThat(pbx.get().wireLog().find("POST", "/api/sessions")).hasSize(BURST);
        // measured on the simulator's side
        assertThat(pbx.get().maxInFlightRequests()).isLessThanOrEqualTo(LIMIT).isGreaterThan(1);
        OriginateThrottle t = context.getComponent("callcontrol", CallControlComponent.class)
                .throttleOf(context.getEndpoint("portsip:initiate?sendSdp=true"));
        assertThat(t.maxInFlight()).isLessThanOrEqualTo(LIMIT);
        assertThat(t.inFlight()).isZero();
        assertThat(t.queued()).isZero();
    }

    @Test
    void withoutALimitTheSameBurstFloodsThePbx() throws Exception {
        pbx.get().httpResponseDelay(Duration.ofMillis(20));
        List<Exchange> done = burst("callcontrol:originate?pbx=#unlimited&maxConcurrentOriginates=0");
        assertThat(done).allSatisfy(ex -> assertThat(ex.getException()).isNull());
        assertThat(pbx.get().maxInFlightRequests()).isGreaterThan(LIMIT);
    }

    @Test
    void aFullQueueRefusesBeforeSending() throws Exception {
        pbx.get().httpResponseDelay(Duration.ofMillis(200));
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            futures.add(template.asyncSend("callcontrol:originate?pbx=#limited&maxConcurrentOriginates=1&maxQueuedOriginates=1",
                    e -> e.getMessage().setHeaders(new HashMap<>(Map.of(CallControlConstants.CALLER, "1001",
                            CallControlConstants.CALLEE, "1002")))));
        }
        int refused = 0;
        for (CompletableFuture<Exchange> f : futures) {
            Exchange ex = f.get(30, TimeUnit.SECONDS);
            if (ex.getException() != null) {
                assertThat(ex.getException()).hasMessageContaining("maxQueuedOriginates");
                refused++;
            }
        }
        assertThat(refused).isPositive();
        assertThat(pbx.get().wireLog().find("POST", "/api/sessions")).hasSize(5 - refused);
    }

    @Test
    void theRateSpacesTheStarts() throws Exception {
        java.util.concurrent.ScheduledExecutorService s = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            OriginateThrottle t = new OriginateThrottle(0, 20, 100, s);
            List<Long> starts = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(5);
            for (int i = 0; i < 5; i++) {
                t.submit(() -> {
                    starts.add(System.nanoTime());
                    t.release();
                    all.countDown();
                });
            }
            assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
            // 20 per second: at least 50 ms between starts (a slow machine only spaces them more)
            for (int i = 1; i < starts.size(); i++) {
                assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(49));
            }
        } finally {
            s.shutdownNow();
        }
    }
}
