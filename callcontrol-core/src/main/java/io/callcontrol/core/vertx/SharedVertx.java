package io.callcontrol.core.vertx;

import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.apache.camel.CamelContext;

/**
 * The one Vert.x instance the suite's WebSocket clients and webhook receivers run on: the instance bound in
 * the Camel registry if there is one (e.g. the application's own), else a process-wide instance created on
 * first use and closed when its last user releases it.
 */
public final class SharedVertx {

    private static Vertx own;
    private static int users;

    private SharedVertx() {
    }

    /** The registry's Vert.x when the context has exactly one bound, else the shared own instance (counted). */
    public static synchronized Vertx acquire(CamelContext context) {
        if (context != null) {
            Vertx bound = context.getRegistry().findSingleByType(Vertx.class);
            if (bound != null) {
                return bound;
            }
        }
        if (own == null) {
            own = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Math.max(2, Runtime.getRuntime().availableProcessors()))
                    .setWorkerPoolSize(4));
        }
        users++;
        return own;
    }

    /** Releases an instance obtained from {@link #acquire}; closes the own instance after its last user. */
    public static void release(Vertx vertx) {
        Vertx toClose = null;
        synchronized (SharedVertx.class) {
            if (vertx != null && vertx == own) {
                users--;
                if (users <= 0) {
                    toClose = own;
                    own = null;
                    users = 0;
                }
            }
        }
        if (toClose != null) {
            try {
                toClose.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
