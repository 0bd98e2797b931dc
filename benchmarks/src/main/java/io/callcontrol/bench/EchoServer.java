package io.callcontrol.bench;

import java.util.Map;

import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.ext.web.Router;

/** The peer of the HTTP benchmarks: answers a small JSON document, like a call-control API does. */
final class EchoServer extends SimulatorServer {

    @Override
    protected void configure(Router router) {
        router.post("/api/sessions").handler(ctx -> json(ctx, 200, Map.of("id", "884757570370146304")));
    }

    /** Benchmarks must not grow the wire log without bound. */
    void trim() {
        wireLog().clear();
    }
}
