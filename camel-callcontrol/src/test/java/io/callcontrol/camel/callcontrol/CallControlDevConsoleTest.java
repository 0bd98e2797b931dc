package io.callcontrol.camel.callcontrol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.portsip.PortsipConfiguration;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callcontrol dev console, discovered by camel-console from its generated service file, against the PortSIP
 * simulator: the configured PBX before first use, the originate throttle's in-flight and queued requests while the
 * simulator is slow, and the awaitOutcome correlation pending until the simulated call is decided.
 */
class CallControlDevConsoleTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        PortsipComponent component = new PortsipComponent();
        PortsipConfiguration c = component.getConfiguration();
        c.setBaseUrl(pbx.get().baseUrl() + "/api");
        c.setUsername(PortsipSimulator.ADMIN_USER);
        c.setPassword(PortsipSimulator.ADMIN_PASSWORD);
        context.addComponent("portsip", component);
        context.getRegistry().bind("portsipMain", "portsip:initiate");
        context.getRegistry().bind("portsipEvents", "portsip:events?eventChannel=wsi");
        return context;
    }

    private DevConsole console() {
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class).resolveById("callcontrol");
        assertThat(console).as("the callcontrol dev console is discovered").isNotNull();
        return console;
    }

    private JsonObject state() {
        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON, Map.of());
        return (JsonObject) json.get("state");
    }

    @SuppressWarnings("unchecked")
    private static List<JsonObject> list(JsonObject o, String key) {
        return new ArrayList<>((java.util.Collection<JsonObject>) o.get(key));
    }

    private JsonObject throttle() {
        return (JsonObject) list(state(), "pbxs").stream().filter(p -> p.get("originateThrottle") != null)
                .findFirst().map(p -> (JsonObject) p.get("originateThrottle")).orElse(null);
    }

    private void await(String what, Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonObject s = state();
        while (!condition.test(s)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; console state: " + s.toJson());
            }
            Thread.sleep(20);
            s = state();
        }
    }

    private CompletableFuture<Exchange> originate(String uri, String callee) {
        return template.asyncSend(uri, e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                CallControlConstants.CALLER, "1001", CallControlConstants.CALLEE, callee))));
    }

    @Test
    void showsThePbxsTheThrottleAndThePendingCorrelations() throws Exception {
        // configured, not used yet: listed from the registry, nothing created by looking
        assertThat(context.getComponent("callcontrol")).isInstanceOf(CallControlComponent.class);
        JsonObject s = state();
        assertThat(list(s, "pbxsNotYetUsed")).anySatisfy(p -> {
            assertThat(p.getString("bean")).isEqualTo("portsipEvents");
            assertThat(p.getString("vendor")).isEqualTo("portsip");
        });
        assertThat(((JsonObject) s.get("component")).getInteger("maxConcurrentOriginates")).isEqualTo(10);

        // a slow PBX and a limit of 1: one in flight, the others queued
        pbx.get().httpResponseDelay(Duration.ofMillis(400));
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(originate("callcontrol:originate?pbx=#portsipMain&maxConcurrentOriginates=1", "100" + (2 + i)));
        }
        await("one originate in flight, two queued", x -> {
            JsonObject t = throttle();
            return t != null && t.getInteger("inFlight") == 1 && t.getInteger("queued") == 2;
        });
        JsonObject p = list(state(), "pbxs").stream().filter(x -> x.get("originateThrottle") != null).findFirst().orElseThrow();
        assertThat(p.getString("vendor")).isEqualTo("portsip");
        assertThat(p.getString("uri")).isEqualTo("portsip://initiate");
        assertThat(new ArrayList<Object>(p.getCollection("beans"))).containsExactly("portsipMain");
        assertThat(p.getBoolean("producerStarted")).isTrue();
        assertThat(throttle().getInteger("maxConcurrent")).isEqualTo(1);
        for (CompletableFuture<Exchange> f : calls) {
            assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
        await("the throttle drained", x -> throttle().getInteger("inFlight") == 0 && throttle().getInteger("queued") == 0);
        assertThat(throttle().getInteger("maxInFlightSeen")).isEqualTo(1);

        // awaitOutcome: the correlation waits until the simulated call is decided
        pbx.get().httpResponseDelay(Duration.ZERO);
        CompletableFuture<Exchange> awaited = originate(
                "callcontrol:originate?pbx=#portsipMain&awaitOutcome=true&outcomeEvents=#portsipEvents&outcomeTimeout=20000", "1009");
        await("one pending awaitOutcome correlation", x -> x.getLong("pendingCorrelations") == 1);
        JsonObject feed = list(state(), "outcomeFeeds").get(0);
        assertThat(feed.getString("events")).isEqualTo("portsip://events");
        assertThat(feed.getString("vendor")).isEqualTo("portsip");
        assertThat(feed.getString("consumer")).isEqualTo("Started");
        assertThat(feed.getInteger("pendingCorrelations")).isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pbx.get().wsiSubscribers() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        while (!awaited.isDone() && System.nanoTime() < deadline) {
            pbx.get().clock().advance(Duration.ofSeconds(5));
            Thread.sleep(50);
        }
        assertThat(awaited.get(20, TimeUnit.SECONDS).getException()).isNull();
        assertThat(state().getLong("pendingCorrelations")).isZero();

        String text = (String) console().call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Call control (neutral) (callcontrol)", "portsipMain", "outcomeFeeds");
    }
}
