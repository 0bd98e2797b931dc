package io.callcontrol.camel.portasip;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

/**
 * Carries the methods whose {@link PortasipOperation#transport()} is {@link PortasipOperation.Transport#JSON_API}
 * (HTTPS {@code /rest/<service>/<method>/}). The producer hands such exchanges to the component's invoker; the
 * invoker builds the request from the exchange, calls PortaSIP and completes with the response body (or
 * exceptionally with a {@link PortasipException}).
 */
@FunctionalInterface
public interface PortasipJsonApiInvoker {

    CompletableFuture<Object> invoke(PortasipOperation operation, PortasipEndpoint endpoint, Exchange exchange);
}
