package io.callcontrol.core.metrics;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/** Micrometer side of {@link CallControlMetrics}; only loaded when micrometer-core is on the class path. */
final class MicrometerSink {

    private static final Set<MeterRegistry> BOUND = new CopyOnWriteArraySet<>();

    private MicrometerSink() {
    }

    static void bind(Object registry) {
        if (registry instanceof MeterRegistry r) {
            BOUND.add(r);
        }
    }

    static void unbindAll() {
        BOUND.clear();
    }

    static void bindFrom(CamelContext context) {
        try {
            for (MeterRegistry r : context.getRegistry().findByType(MeterRegistry.class)) {
                BOUND.add(r);
            }
        } catch (RuntimeException e) {
            // a registry that cannot be searched: the global registry stays
        }
    }

    private static Iterable<MeterRegistry> targets() {
        return BOUND.isEmpty() ? Set.of(Metrics.globalRegistry) : BOUND;
    }

    static void request(String vendor, String operation, String outcome, long nanos) {
        for (MeterRegistry r : targets()) {
            Timer.builder(CallControlMetrics.REQUESTS).description("Call control requests by operation and outcome")
                    .tag("vendor", vendor).tag("operation", operation).tag("outcome", outcome)
                    .register(r).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    static void count(String name, String vendor, String tag, String value) {
        for (MeterRegistry r : targets()) {
            var b = io.micrometer.core.instrument.Counter.builder(name).tag("vendor", vendor);
            if (tag != null) {
                b.tag(tag, value);
            }
            b.register(r).increment();
        }
    }
}
