package io.callcontrol.core.camel.producer;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.error.Validation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * The one producer skeleton of every component: {@link #process(Exchange, AsyncCallback)} picks the operation
 * ({@link #operation(Exchange)}: the operation header first, then the endpoint's), calls {@link #send} and completes
 * the exchange when its future does, without ever blocking the Camel thread.
 * <p>
 * Every failure goes through {@link #fail(Exchange, Throwable)}: the exception is unwrapped once
 * ({@link #unwrap(Throwable)}) and the header {@value Delivery#HEADER} tells the route whether the request reached
 * the PBX. A failure thrown by {@code send} itself (bad input, no connection configured) happened before anything
 * was sent ({@link #failBeforeSending(Exchange, Throwable)}).
 *
 * @param <O> the component's operation enum
 */
public abstract class CallControlProducer<O extends Enum<O>> extends DefaultAsyncProducer {

    /**
     * The catalog description of the delivery header every component documents in its constants class
     * ({@code @Metadata(label = "producer", description = CallControlProducer.DELIVERY_DESCRIPTION, ...)}).
     */
    public static final String DELIVERY_DESCRIPTION = "On a failed exchange: whether the request reached the PBX --"
            + " NOT_SENT (never left the client: safe to retry), UNKNOWN (written to the socket, no answer: retry only"
            + " an idempotent operation), REJECTED (the PBX answered an error). The exception's delivery property says"
            + " the same.";

    private final String vendor;
    private final Class<O> operations;
    private final String operationHeader;

    protected CallControlProducer(Endpoint endpoint, String vendor, Class<O> operations, String operationHeader) {
        super(endpoint);
        this.vendor = vendor;
        this.operations = operations;
        this.operationHeader = operationHeader;
    }

    /** The endpoint's operation (its path), or null when it has none. */
    protected abstract O endpointOperation();

    /**
     * Sends the request of this operation; the future completes when the PBX answered (and the answer is on the
     * message). Throwing means nothing was sent.
     */
    protected abstract CompletableFuture<?> send(Exchange exchange, O operation) throws Exception;

    /** Whether a producer can send this operation (false for consumer-only operations). */
    protected boolean isProducerOperation(O operation) {
        return true;
    }

    /** The name validation errors give a bad or missing operation: {@code operation} (the endpoint's path). */
    protected String operationParameterName() {
        return "operation";
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> future;
        try {
            future = send(exchange, operation(exchange));
        } catch (Throwable e) {
            failBeforeSending(exchange, e);
            callback.done(true);
            return true;
        }
        future.whenComplete((result, error) -> {
            try {
                if (error != null) {
                    fail(exchange, error);
                }
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    /**
     * The operation of this message: the operation header (the enum or its name, in any case) if set, else the
     * endpoint's.
     * An unknown name, a consumer-only operation or none at all fail validation naming {@code operation}.
     */
    public O operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(operationHeader);
        O op = header == null ? endpointOperation() : parse(header);
        if (op == null) {
            Validation.of(vendor, String.valueOf(header == null ? "?" : header)).require(operationParameterName(), null).check();
        }
        if (!isProducerOperation(op)) {
            Validation.of(vendor, op.name())
                    .check(operationParameterName(), false, op.name() + " is a consumer operation; producers use one of " + known())
                    .check();
        }
        return op;
    }

    private O parse(Object header) {
        if (operations.isInstance(header)) {
            return operations.cast(header);
        }
        String name = header.toString().trim();
        for (O o : operations.getEnumConstants()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        for (O o : operations.getEnumConstants()) {
            if (o.name().equalsIgnoreCase(name)) {
                return o;
            }
        }
        Validation.of(vendor, name)
                .check(operationParameterName(), false, "is not a " + vendor + " operation: " + name + " (one of " + known() + ")")
                .check();
        return null;
    }

    private String known() {
        return Arrays.stream(operations.getEnumConstants()).filter(this::isProducerOperation).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    /** Fails the exchange with the unwrapped error and sets the delivery header from it. */
    public static void fail(Exchange exchange, Throwable error) {
        Delivery.fail(exchange, unwrap(error));
    }

    /**
     * Fails the exchange with an error thrown before anything was sent: the delivery of a
     * {@link CallControlException} (a validation failure is {@link Delivery#NOT_SENT}), {@link Delivery#NOT_SENT}
     * for anything else (not started, no connection configured, a bug in building the request).
     */
    public static void failBeforeSending(Exchange exchange, Throwable error) {
        Throwable e = unwrap(error);
        exchange.setException(e);
        exchange.getMessage().setHeader(Delivery.HEADER,
                e instanceof CallControlException c ? c.getDelivery() : Delivery.NOT_SENT);
    }

    /** The failure inside {@link CompletionException} / {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null
               && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
