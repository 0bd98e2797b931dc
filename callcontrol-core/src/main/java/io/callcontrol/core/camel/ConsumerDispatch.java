package io.callcontrol.core.camel;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultConsumer;

/**
 * Hands one vendor event to a consumer's route, asynchronously: creates the exchange with
 * {@code createExchange}, lets the caller fill it, processes it through the route's async processor and
 * releases it. The future completes when the route is done: normally when it succeeded, exceptionally with the
 * route's exception -- so a webhook answers 2xx only after the route processed the event.
 */
public final class ConsumerDispatch {

    private ConsumerDispatch() {
    }

    public static CompletableFuture<Void> process(DefaultConsumer consumer, Consumer<Exchange> populate) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Exchange exchange = consumer.createExchange(false);
        try {
            populate.accept(exchange);
        } catch (RuntimeException e) {
            consumer.releaseExchange(exchange, false);
            done.completeExceptionally(e);
            return done;
        }
        consumer.getAsyncProcessor().process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure != null) {
                consumer.getExceptionHandler().handleException("Error processing exchange", exchange, failure);
            }
            consumer.releaseExchange(exchange, false);
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(null);
            }
        });
        return done;
    }
}
