package io.callcontrol.core.webhook;

import java.util.concurrent.CompletableFuture;

/**
 * Processes one accepted webhook call. The receiver answers the sender only when the returned future completes:
 * with its status (2xx) on success, 500 on failure -- so the vendor's retry covers the route's failures.
 */
@FunctionalInterface
public interface WebhookHandler {
    CompletableFuture<Integer> handle(WebhookRequest request);
}
