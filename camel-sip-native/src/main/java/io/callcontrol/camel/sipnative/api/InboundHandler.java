package io.callcontrol.camel.sipnative.api;

/** Receives incoming requests of one method (INVITE, MESSAGE), on a worker thread of the agent. */
@FunctionalInterface
public interface InboundHandler {

    void onRequest(InboundRequest request);
}
