package io.callcontrol.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callcontrol.core.metrics.CallControlMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Kamelets of {@code src/main/resources/kamelets} (on the class path as {@code classpath:kamelets}, where
 * camel-kamelet looks by default) through {@code kamelet:NAME?...} endpoints.
 * <p>
 * The metrics check of every vendor test: a Micrometer registry is bound in the Camel registry (as camel-micrometer
 * or Spring Boot would), and after each test {@link #theMetersMovedForWhatRan()} asserts that every action Kamelet
 * sent moved the {@code callcontrol.requests} timer of its component and operation (count and latency), and that
 * the events a source delivered moved {@code callcontrol.events}.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    private static final Pattern TARGET = Pattern.compile("uri: \"([a-z-]+):([a-z_]+)\"");

    protected final MeterRegistry meters = new SimpleMeterRegistry();
    /** vendor:operation of each action Kamelet sent to */
    private final Map<String, String> ran = new LinkedHashMap<>();

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind("meters", meters);
    }

    /** The component endpoint an action Kamelet sends to ({@code vendor:operation}), read from its YAML. */
    static String target(String kamelet) {
        try {
            Matcher m = TARGET.matcher(Files.readString(Path.of("src/main/resources/kamelets", kamelet + ".kamelet.yaml")));
            while (m.find()) {
                if (!m.group(1).equals("kamelet")) {
                    return m.group(1) + ":" + m.group(2);
                }
            }
            throw new AssertionError("no component endpoint in " + kamelet);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    double requests(String vendor, String operation) {
        return meters.find(CallControlMetrics.REQUESTS).tags("vendor", vendor, "operation", operation).timers().stream()
                .mapToDouble(Timer::count).sum();
    }

    double counter(String name, String vendor) {
        return meters.find(name).tag("vendor", vendor).meters().stream()
                .flatMap(m -> java.util.stream.StreamSupport.stream(m.measure().spliterator(), false))
                .mapToDouble(ms -> ms.getValue()).sum();
    }

    @AfterEach
    void theMetersMovedForWhatRan() {
        try {
            for (Map.Entry<String, String> e : ran.entrySet()) {
                String[] vo = e.getValue().split(":");
                assertThat(requests(vo[0], vo[1])).as("callcontrol.requests of " + e.getKey() + " (" + e.getValue() + ")")
                        .isGreaterThanOrEqualTo(1);
                assertThat(meters.find(CallControlMetrics.REQUESTS).tags("vendor", vo[0], "operation", vo[1]).timers())
                        .as("latency of " + e.getValue()).anySatisfy(t ->
                                assertThat(t.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive());
            }
            Route source = context.getRoute("source");
            if (source != null && context.hasEndpoint("mock:events") != null) {
                MockEndpoint events = getMockEndpoint("mock:events");
                if (events.getReceivedCounter() > 0) {
                    String vendor = target(source.getEndpoint().getEndpointBaseUri().replaceFirst("^kamelet:/*", "")
                            .replaceFirst("\\?.*", "")).split(":")[0];
                    assertThat(counter(CallControlMetrics.EVENTS, vendor)).as("callcontrol.events of " + vendor)
                            .isGreaterThanOrEqualTo(1);
                }
            }
        } finally {
            CallControlMetrics.unbindAll();
        }
    }

    /** {@code kamelet:name?k=RAW(v)&...} */
    static String kamelet(String name, Map<String, ?> params) {
        StringBuilder b = new StringBuilder("kamelet:").append(name);
        char sep = '?';
        for (Map.Entry<String, ?> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append("=RAW(").append(e.getValue()).append(')');
            sep = '&';
        }
        return b.toString();
    }

    /** Sends to an action Kamelet with the given (friendly) headers; returns the exchange, exception included. */
    Exchange act(String name, Map<String, ?> params, Map<String, Object> headers) {
        ran.put(name, target(name));
        return template.request(kamelet(name, params), e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    static Exchange ok(Exchange ex) {
        if (ex.getException() != null) {
            throw new AssertionError("the action failed", ex.getException());
        }
        return ex;
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
