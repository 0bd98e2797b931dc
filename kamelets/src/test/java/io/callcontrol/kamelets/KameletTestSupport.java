package io.callcontrol.kamelets;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Runs the Kamelets of {@code src/main/resources/kamelets} (on the class path as {@code classpath:kamelets}, where
 * camel-kamelet looks by default) through {@code kamelet:NAME?...} endpoints.
 */
abstract class KameletTestSupport extends CamelTestSupport {

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
