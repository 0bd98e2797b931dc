package io.callcontrol.camel.ucdialogs;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.camel.ucdialogs.api.UcCallEvent;
import io.callcontrol.camel.ucdialogs.api.UcDialog;
import io.callcontrol.core.camel.CallEventRouter;
import io.callcontrol.core.camel.ConsumerDispatch;
import io.callcontrol.core.camel.OrderedDispatcher;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.json.Json;
import io.callcontrol.core.vertx.SharedVertx;
import io.callcontrol.core.ws.ConnectionHealthCheck;
import io.callcontrol.core.ws.PendingRequests;
import io.callcontrol.core.ws.ReconnectingWebSocket;
import io.callcontrol.core.ws.WebSocketSettings;
import io.vertx.core.Vertx;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code uc-dialogs:events}: keeps a WebSocket to the Token-API ({@code /ws/token/v1}, {@code Authorization:
 * Bearer}), subscribes to each configured event class with a stable subscription id, renews each subscription
 * (same id) before it expires, re-subscribes exactly once after every reconnect, unsubscribes with
 * {@code expires:0} on stop, and emits one exchange per event (body {@link UcCallEvent}, normalized
 * {@link CallEvent} headers).
 */
public class UcDialogsConsumer extends DefaultConsumer implements Suspendable {

    static final String WS_PATH = "/ws/token/v1";
    private static final String V = UcDialogsComponent.SCHEME;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UcDialogsConsumer.class);

    private final UcDialogsEndpoint endpoint;
    private final String idBase = "camel-" + UUID.randomUUID();
    private final AtomicLong qids = new AtomicLong();
    private final PendingRequests<Map<String, Object>> pending = new PendingRequests<>(V);
    private volatile Vertx vertx;
    private volatile ReconnectingWebSocket ws;
    private volatile ConnectionHealthCheck healthCheck;
    private long renewTimer = -1;
    private long reconcileTimer = -1;
    /** Tracker and ordered dispatcher: off the Vert.x event loop, each dialog's events in arrival order. */
    private volatile CallEventRouter router;

    public UcDialogsConsumer(UcDialogsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    /** The event classes subscribed to. */
    List<String> eventClasses() {
        List<String> out = new ArrayList<>();
        for (String c : endpoint.getConfiguration().getEventClasses().split(",")) {
            if (!c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    /** The subscription id used for an event class (stable for the consumer's lifetime). */
    String subscriptionId(String eventClass) {
        return idBase + "-" + eventClass;
    }

    /** The WebSocket (for tests and health). */
    ReconnectingWebSocket webSocket() {
        return ws;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        UcDialogsConfiguration c = endpoint.getConfiguration();
        Validation.of(V, "events")
                .require("accessToken", c.getAccessToken())
                .check("baseUrl or wsUrl", c.getBaseUrl() != null || c.getWsUrl() != null, "is required")
                .check("eventClasses", !eventClasses().isEmpty(), "must name at least one event class")
                .check("subscriptionExpires", c.getSubscriptionExpires() > 0, "must be positive")
                .check("subscriptionRenewPercent", c.getSubscriptionRenewPercent() > 0
                        && c.getSubscriptionRenewPercent() < 100, "must be between 1 and 99")
                .check();
        connect();
    }

    private void connect() {
        UcDialogsConfiguration c = endpoint.getConfiguration();
        router = CallEventRouter.start(this, V, c.callEventRouterOptions());
        vertx = SharedVertx.acquire(endpoint.getCamelContext());
        if (c.getReconcileInterval() > 0 || c.getCallIdleTimeout() > 0) {
            long every = c.getReconcileInterval() > 0 ? c.getReconcileInterval() : Math.max(1000, c.getCallIdleTimeout() / 4);
            reconcileTimer = vertx.setPeriodic(every, t -> reconcileTick());
        }
        WebSocketSettings settings = WebSocketSettings.of(wsUri(c))
                .withConnectTimeout(Duration.ofMillis(c.getConnectTimeout()))
                .withBackoff(Duration.ofMillis(c.getReconnectInitialDelay()), Duration.ofMillis(c.getReconnectMaxDelay()),
                        c.getMaxReconnectAttempts())
                .withTls(io.callcontrol.core.tls.TlsSettings.defaults().withSslContextParameters(c.getSslContextParameters(),
                        endpoint.getCamelContext()));
        ReconnectingWebSocket socket = new ReconnectingWebSocket(V, vertx, settings,
                () -> CompletableFuture.completedFuture(c.isTokenInPath() ? Map.of()
                        : Map.of("Authorization", "Bearer " + c.getAccessToken())),
                new ReconnectingWebSocket.Listener() {
                    @Override
                    public CompletableFuture<Void> onOpen(boolean reconnect) {
                        CompletableFuture<Void> subscribed = subscribeAll();
                        return reconnect ? subscribed.thenRun(UcDialogsConsumer.this::gap) : subscribed;
                    }

                    @Override
                    public void onText(String text) {
                        onFrame(text);
                    }

                    @Override
                    public void onDisconnect(Throwable cause) {
                        cancelRenewal();
                        pending.failAll(() -> new CallControlConnectionException(V, "Token-API socket closed", cause));
                    }
                });
        ws = socket;
        HealthCheckRegistry registry = HealthCheckRegistry.get(endpoint.getCamelContext());
        if (registry != null) {
            healthCheck = ConnectionHealthCheck.of("uc-dialogs-events-" + idBase, socket);
            registry.register(healthCheck);
        }
        socket.start();
    }

    static URI wsUri(UcDialogsConfiguration c) {
        String url;
        if (c.getWsUrl() != null && !c.getWsUrl().isBlank()) {
            url = c.getWsUrl().replaceAll("/+$", "");
        } else {
            url = c.getBaseUrl().replaceAll("/+$", "").replaceFirst("^http", "ws") + WS_PATH;
        }
        if (c.isTokenInPath()) {
            url = url + "/" + java.net.URLEncoder.encode(c.getAccessToken(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return URI.create(url);
    }

    // ---- subscriptions ------------------------------------------------------------------------------

    private CompletableFuture<Void> subscribeAll() {
        cancelRenewal();
        int expires = endpoint.getConfiguration().getSubscriptionExpires();
        List<CompletableFuture<Map<String, Object>>> all = new ArrayList<>();
        for (String cls : eventClasses()) {
            all.add(subscribe(cls, expires));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenRun(this::scheduleRenewal);
    }

    /** Sends one {@code subscr} (expires 0 = unsubscribe) and completes with the answer, failing on an error answer. */
    CompletableFuture<Map<String, Object>> subscribe(String eventClass, int expires) {
        ReconnectingWebSocket socket = ws;
        if (socket == null) {
            return CompletableFuture.failedFuture(new CallControlConnectionException(V, "not connected", null));
        }
        String qid = idBase + "-q" + qids.incrementAndGet();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("qid", qid);
        payload.put("id", subscriptionId(eventClass));
        payload.put("class", eventClass);
        payload.put("expires", expires);
        CompletableFuture<Map<String, Object>> answer = pending.register(qid,
                Duration.ofMillis(endpoint.getConfiguration().getRequestTimeout()), "subscr " + eventClass);
        socket.send(Json.writeString(List.of("subscr", payload))).whenComplete((v, err) -> {
            if (err != null) {
                pending.fail(qid, err);
            }
        });
        return answer.thenApply(res -> {
            Object result = res.get("result");
            if (expires > 0 && !"ok".equals(result)) {
                throw new UcDialogsException(String.valueOf(res.get("error_code")),
                        "subscription to " + eventClass + " refused: " + res.get("error_message"), 0, Json.writeString(res));
            }
            return res;
        });
    }

    private synchronized void scheduleRenewal() {
        cancelRenewal();
        Vertx vx = vertx;
        if (vx == null || ws == null) {
            return;
        }
        UcDialogsConfiguration c = endpoint.getConfiguration();
        long every = Math.max(50, c.getSubscriptionExpires() * 1000L * c.getSubscriptionRenewPercent() / 100);
        renewTimer = vx.setPeriodic(every, t -> {
            for (String cls : eventClasses()) {
                subscribe(cls, c.getSubscriptionExpires()).whenComplete((r, err) -> {
                    if (err != null) {
                        log.warn("Renewing the {} subscription failed: {}", cls, err.getMessage());
                    }
                });
            }
        });
    }

    private synchronized void cancelRenewal() {
        if (renewTimer >= 0 && vertx != null) {
            vertx.cancelTimer(renewTimer);
        }
        renewTimer = -1;
    }

    // ---- frames ---------------------------------------------------------------------------------------

    private void onFrame(String text) {
        List<Object> frame;
        try {
            frame = Json.MAPPER.readValue(text, new TypeReference<List<Object>>() { });
        } catch (Exception e) {
            log.warn("Ignoring a Token-API frame that is not a JSON array: {}", text);
            return;
        }
        if (frame.size() < 2 || !(frame.get(0) instanceof String cmd) || !(frame.get(1) instanceof Map<?, ?> raw)) {
            log.warn("Ignoring an unexpected Token-API frame: {}", text);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) raw;
        if (cmd.equals("event")) {
            dispatch(payload);
            return;
        }
        Object qid = payload.get("qid");
        if (qid != null && !pending.complete(qid.toString(), payload)) {
            log.debug("Late or unknown Token-API answer {}", text);
        }
    }

    @SuppressWarnings("unchecked")
    private void dispatch(Map<String, Object> payload) {
        Map<String, Object> data = payload.get("data") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String cls = str(payload.get("class"), str(data.get("class"), null));
        UcCallEvent event = new UcCallEvent(str(payload.get("id"), null), cls, str(data.get("type"), null),
                str(data.get("id"), null), data);
        CallEvent normalized = normalize(event);
        CallEventRouter r = router;
        if (r == null) {
            log.debug("Dropping an event received while stopping: {}", payload);
            return;
        }
        // tracked on arrival; routed in arrival order per dialog (waits for room: back-pressure on the socket)
        r.route(normalized, (exchange, routed) -> {
            exchange.getMessage().setBody(event);
            if (event.subscriptionId() != null) {
                exchange.getMessage().setHeader(UcDialogsConstants.SUBSCRIPTION_ID, event.subscriptionId());
            }
            if (cls != null) {
                exchange.getMessage().setHeader(UcDialogsConstants.EVENT_CLASS, cls);
            }
        }, true, false);
    }

    /** The event path (tracker and dispatcher), for tests and management; null when stopped. */
    public CallEventRouter getRouter() {
        return router;
    }

    /**
     * Lists the dialogs (the {@code list} operation) and ends the tracked ones the platform no longer lists
     * (outcome UNKNOWN, reason disappeared): dialogs that end without a {@code dlg_stop}. Also ends dialogs idle for
     * callIdleTimeout.
     */
    void reconcileTick() {
        CallEventRouter r = router;
        if (r == null || r.tracker() == null) {
            return;
        }
        r.endIdle(this::populateSynthesized);
        if (endpoint.getConfiguration().getReconcileInterval() <= 0 || r.tracker().activeCalls().isEmpty()) {
            return;
        }
        listDialogs().whenComplete((dialogs, error) -> {
            if (error != null || dialogs == null) {
                log.debug("uc-dialogs: listing the dialogs to reconcile failed: {}", error == null ? "no list" : error.toString());
                return;
            }
            reconcile(dialogs);
        });
    }

    private void reconcile(List<?> dialogs) {
        CallEventRouter r = router;
        if (r == null) {
            return;
        }
        List<String> present = new ArrayList<>();
        for (Object o : dialogs) {
            if (o instanceof UcDialog d && d.dialogid() != null
                && d.statusCode() != io.callcontrol.camel.ucdialogs.api.UcDialogStatus.TERMINATED) {
                present.add(d.dialogid());
            }
        }
        r.reconcile(present, this::populateSynthesized);
    }

    private void populateSynthesized(Exchange exchange, CallEvent event) {
        exchange.getMessage().setHeader(UcDialogsConstants.EVENT_CLASS, "callevents");
    }

    /** The dialogs the platform lists now (the list operation, asynchronous); fails when listing failed. */
    private CompletableFuture<List<?>> listDialogs() {
        Exchange list = endpoint.createExchange();
        list.getMessage().setHeader(UcDialogsConstants.OPERATION, UcDialogsOperation.list);
        CompletableFuture<List<?>> listed = new CompletableFuture<>();
        new UcDialogsProducer(endpoint).process(list, doneSync -> {
            if (list.getException() != null) {
                listed.completeExceptionally(list.getException());
            } else {
                listed.complete(list.getMessage().getBody(List.class));
            }
        });
        return listed;
    }

    /**
     * A reconnect re-subscribed: events of the down time are lost. Routes a gap exchange ({@code
     * CamelUcDialogsPossibleGap=true}) whose body is the current dialog list ({@code list} in this consumer's scope),
     * in order with the events (on the consumer's single dispatch thread, which waits for the list).
     */
    private void gap() {
        CallEventRouter r = router;
        if (r == null) {
            return;
        }
        r.dispatcher().submit(OrderedDispatcher.NO_CALL, () -> listDialogs()
                .orTimeout(endpoint.getConfiguration().getRequestTimeout() + 1000L, TimeUnit.MILLISECONDS)
                .handle((dialogs, error) -> {
                    if (error != null) {
                        log.warn("uc-dialogs: listing the dialogs after a reconnect failed: {}", error.toString());
                        return null;
                    }
                    return dialogs;
                }).thenCompose(dialogs -> {
                    log.info("uc-dialogs: reconnected; events of the down time are lost, routing the current dialog list");
                    if (dialogs != null) {
                        reconcile(dialogs); // dialogs that ended meanwhile end as disappeared
                    }
                    return ConsumerDispatch.process(this, exchange -> {
                        exchange.getMessage().setBody(dialogs);
                        exchange.getMessage().setHeader(UcDialogsConstants.POSSIBLE_GAP, Boolean.TRUE);
                        io.callcontrol.core.metrics.CallControlMetrics.gap(getEndpoint().getCamelContext(), "uc-dialogs");
                    });
                }));
    }

    /** Maps a Token-API event to the suite's normalized call event. */
    static CallEvent normalize(UcCallEvent e) {
        String type = e.type();
        Instant at = null;
        Object ts = e.data().get("eventts");
        if (ts instanceof Number n) {
            at = Instant.ofEpochMilli(n.longValue());
        }
        Instant started = e.data().get("invitets") instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null;
        CallState state = stateOf(type);
        String vendorState = str(e.data().get("status"), type);
        String dialog = e.text("dialogid");
        return CallEvent.builder(V)
                .eventId(e.id() != null ? e.id()
                        : CallEvent.stableId(V, e.eventClass(), type, dialog, e.text("acallid"), String.valueOf(ts)))
                .eventType(type)
                .callId(dialog)
                .trackingId(e.text("acallid"))
                .state(state)
                .vendorState(vendorState)
                .direction(CallDirection.UNKNOWN)
                .caller(str(e.data().get("anumber"), e.text("auri")))
                .callee(str(e.data().get("bnumber"), e.text("buri")))
                .vendorTime(at)
                .startedAt(started)
                .connectedAt(state == CallState.CONNECTED ? at : null)
                .endedAt(state == CallState.TERMINATED ? at : null)
                .reason(e.text("reason"))
                .cause(state == CallState.TERMINATED ? e.text("reason") : null)
                .raw(e.data())
                .build();
    }

    /** {@code dlg_call} = calling, {@code dlg_start}/{@code dlg_answer} = connected, {@code dlg_stop}/{@code dlg_end} = ended. */
    static CallState stateOf(String type) {
        if (type == null) {
            return CallState.UNKNOWN;
        }
        return switch (type) {
            case "dlg_call", "dlg_create", "dlg_init" -> CallState.TRYING;
            case "dlg_ringing", "dlg_ring" -> CallState.RINGING;
            case "dlg_start", "dlg_answer" -> CallState.CONNECTED;
            case "dlg_hold" -> CallState.HOLDING;
            case "dlg_stop", "dlg_end" -> CallState.TERMINATED;
            default -> CallState.UNKNOWN;
        };
    }

    private static String str(Object o, String dflt) {
        return o == null ? dflt : String.valueOf(o);
    }

    // ---- lifecycle --------------------------------------------------------------------------------------

    private void disconnect() {
        cancelRenewal();
        ReconnectingWebSocket socket = ws;
        if (socket != null && socket.isOpen()) {
            List<CompletableFuture<Map<String, Object>>> bye = new ArrayList<>();
            for (String cls : eventClasses()) {
                bye.add(subscribe(cls, 0));
            }
            try {
                CompletableFuture.allOf(bye.toArray(CompletableFuture[]::new))
                        .get(Math.min(2000, endpoint.getConfiguration().getRequestTimeout()), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.debug("Unsubscribing on stop did not complete: {}", e.toString());
            }
        }
        if (socket != null) {
            socket.stop();
        }
        ws = null;
        if (healthCheck != null) {
            HealthCheckRegistry registry = HealthCheckRegistry.get(endpoint.getCamelContext());
            if (registry != null) {
                registry.unregister(healthCheck);
            }
            healthCheck = null;
        }
        pending.failAll(() -> new CallControlConnectionException(V, "consumer stopped", null));
        if (reconcileTimer >= 0 && vertx != null) {
            vertx.cancelTimer(reconcileTimer);
        }
        reconcileTimer = -1;
        CallEventRouter r = router;
        router = null;
        if (r != null) {
            r.stop();
        }
        Vertx vx = vertx;
        vertx = null;
        if (vx != null) {
            SharedVertx.release(vx);
        }
    }

    @Override
    protected void doStop() throws Exception {
        disconnect();
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        disconnect();
        super.doSuspend();
    }

    @Override
    protected void doResume() throws Exception {
        super.doResume();
        connect();
    }
}
