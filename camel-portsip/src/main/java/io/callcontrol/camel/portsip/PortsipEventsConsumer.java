package io.callcontrol.camel.portsip;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portsip.api.PortsipClient;
import io.callcontrol.camel.portsip.api.PortsipEvent;
import io.callcontrol.camel.portsip.api.PortsipWsiConnection;
import io.callcontrol.camel.portsip.api.SessionList;
import io.callcontrol.core.camel.CallEventRouter;
import io.callcontrol.core.camel.ConsumerDispatch;
import io.callcontrol.core.camel.OrderedDispatcher;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import io.callcontrol.core.tls.TlsSettings;
import io.callcontrol.core.vertx.SharedVertx;
import io.callcontrol.core.webhook.PlatformHttpWebhook;
import io.callcontrol.core.webhook.WebhookAuth;
import io.callcontrol.core.webhook.WebhookReceiver;
import io.callcontrol.core.webhook.WebhookRequest;
import io.callcontrol.core.webhook.WebhookSettings;
import io.callcontrol.core.ws.ConnectionHealthCheck;
import io.callcontrol.core.ws.ConnectionState;
import io.callcontrol.core.ws.WebSocketSettings;
import io.vertx.core.Vertx;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code portsip:events}: receives the PBX's webhook events (its "Event URL") on the suite's webhook receiver,
 * de-duplicates them by UUID and routes each one with the typed {@link PortsipEvent} as body and the normalized
 * {@link CallEvent} headers. The PBX gets its 200 only after the route processed the event; a failed route
 * answers 500 and the UUID is forgotten, so the PBX's retry is processed again. A suspended consumer answers 503.
 * Routes run on a Camel thread pool (the default thread pool profile), not on the receiver's event loop.
 * <p>
 * With {@code eventChannel=wsi} the events come over the PBX's WSI pub/sub WebSocket instead
 * ({@link PortsipWsiConnection}: log in and subscribe on every connect, reconnect with backoff); they are routed one
 * after the other in arrival order, de-duplicated the same way; a failed route goes to the consumer's exception
 * handler (the WebSocket has no redelivery). A suspended consumer drops what arrives meanwhile.
 */
public class PortsipEventsConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(PortsipEventsConsumer.class);

    private final PortsipConfiguration configuration;
    private final Set<String> eventTypes;
    private IdempotentRepository repository;
    private boolean ownRepository;
    private Vertx vertx;
    private WebhookReceiver.Registration registration;
    private PlatformHttpWebhook platformHttp;
    private ConnectionHealthCheck health;
    /** Tracker and ordered dispatcher: the events of a call are routed in arrival order, on Camel threads. */
    private volatile CallEventRouter router;
    private PortsipWsiConnection wsi;

    public PortsipEventsConsumer(PortsipEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        String types = configuration.getEventTypes();
        this.eventTypes = types == null || types.isBlank() ? Set.of()
                : Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public PortsipEndpoint getEndpoint() {
        return (PortsipEndpoint) super.getEndpoint();
    }

    /** The receiver's local URL (e.g. to configure as the PBX's Event URL in tests). */
    public String getWebhookUrl() {
        return registration != null ? registration.localUrl() : platformHttp != null ? platformHttp.path() : null;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        boolean webhook = !"wsi".equalsIgnoreCase(configuration.getEventChannel());
        // secure by default: checked before anything is started
        WebhookSettings webhookSettings = webhook ? settings() : null;
        repository = configuration.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(configuration.getIdempotentCacheSize());
        }
        ServiceHelper.startService(repository);
        // routes run on Camel threads, never on the receiver's event loop; per call in arrival order
        router = CallEventRouter.start(this, PortsipException.VENDOR, configuration.callEventRouterOptions());
        vertx = SharedVertx.acquire(getEndpoint().getCamelContext());
        if (!webhook) {
            wsi = wsiConnection();
            wsi.start();
            health = new ConnectionHealthCheck("portsip-events-" + getRouteId(), wsi::state, wsi::lastError);
        } else {
            if (configuration.isWebhookPlatformHttp()) {
                platformHttp = PlatformHttpWebhook.register(getEndpoint().getCamelContext(),
                        configuration.getWebhookPath(), webhookSettings, configuration.getWebhookProcessingTimeout(),
                        this::onWebhook);
                LOG.info("PortSIP events: set the PBX's Event URL to this application's platform-http server, path {}",
                        platformHttp.path());
            } else {
                registration = WebhookReceiver.register(vertx, configuration.getWebhookHost(),
                        configuration.getWebhookPort(), configuration.getWebhookPath(), webhookSettings,
                        configuration.getWebhookProcessingTimeout(), this::onWebhook);
                LOG.info("PortSIP events: set the PBX's Event URL to http(s)://<this host>:{}{}", registration.port(),
                        registration.path());
            }
            health = new ConnectionHealthCheck("portsip-events-" + getRouteId(), this::receiverState, () -> null);
        }
        health.setEnabled(getEndpoint().getComponent().isHealthCheckConsumerEnabled());
        HealthCheckRegistry repo = getEndpoint().getComponent().healthRegistry();
        if (repo != null) {
            repo.register(health);
        }
    }

    /** The WSI connection of these options; IllegalArgumentException names what is missing. */
    private PortsipWsiConnection wsiConnection() {
        PortsipConfiguration c = configuration;
        boolean asUser = c.getUsername() != null && !c.getUsername().isBlank();
        Validation v = Validation.of(PortsipException.VENDOR, "events (eventChannel wsi)")
                .requireOneOf(mapOf("wsiUrl", c.getWsiUrl(), "baseUrl", c.getBaseUrl()));
        if (asUser) {
            v.require("password", c.getPassword());
        } else {
            v.require("username (or extensionNumber)", c.getExtensionNumber()).require("extensionPassword",
                    c.getExtensionPassword());
        }
        List<String> topics = split(c.getWsiTopics());
        v.require("wsiTopics", topics.isEmpty() ? null : topics);
        for (String t : topics) {
            v.check("wsiTopics", Set.of("extension_events", "cdr_events", "queue_events").contains(t)
                    || t.startsWith("global_"), "unknown topic " + t + " (extension_events, cdr_events, queue_events,"
                                                 + " global_{name})");
        }
        v.check();
        URI uri = c.getWsiUrl() != null && !c.getWsiUrl().isBlank() ? URI.create(c.getWsiUrl())
                : PortsipWsiConnection.defaultUri(c.getBaseUrl());
        WebSocketSettings ws = WebSocketSettings.of(uri)
                .withConnectTimeout(Duration.ofMillis(c.getConnectTimeout()))
                .withTls(new TlsSettings(c.getTrustStore(), c.getTrustStorePassword(), c.getTrustStoreType(),
                        c.isTrustAllCertificates()).withSslContextParameters(c.getSslContextParameters(),
                        getEndpoint().getCamelContext()));
        PortsipWsiConnection.Login login = asUser
                ? new PortsipWsiConnection.Login(c.getUsername(), c.getPassword(), c.getLoginDomain(), null)
                : new PortsipWsiConnection.Login(null, c.getExtensionPassword(), null, c.getExtensionNumber());
        LOG.info("PortSIP events over WSI: {} subscribes to {} on {}", login, topics, uri);
        return new PortsipWsiConnection(vertx, ws, login, topics, split(c.getWsiExtensions()),
                Duration.ofMillis(c.getResponseTimeout()), this::onWsiEvent, this::onWsiGap);
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** A WSI event frame (on the socket's event loop): routed after the ones before it, on the consumer's pool. */
    private void onWsiEvent(JsonNode frame) {
        CallEventRouter r = router;
        if (r == null || !isRunAllowed() || isSuspendingOrSuspended()) {
            LOG.debug("PortSIP WSI event dropped: consumer not running");
            return;
        }
        PortsipEvent event;
        try {
            event = Json.MAPPER.treeToValue(frame, PortsipEvent.class);
        } catch (Exception e) {
            getExceptionHandler().handleException("PortSIP WSI frame is not an event: " + frame, e);
            return;
        }
        // failures reach the consumer's exception handler in ConsumerDispatch; the WebSocket has no redelivery
        route(r, event, true);
    }

    /**
     * A reconnect completed: what the PBX sent meanwhile is lost. Routes a {@code gap} exchange, after the events
     * received before it, with the current session list as body (reconcileOnReconnect) so the route can reconcile.
     */
    private void onWsiGap() {
        CallEventRouter r = router;
        if (r == null || !isRunAllowed()) {
            return;
        }
        LOG.info("PortSIP WSI reconnected: events sent while it was down are lost{}",
                configuration.isReconcileOnReconnect() ? "; routing the current session list" : "");
        r.dispatcher().submit(OrderedDispatcher.NO_CALL, () -> gapExchange(r)).exceptionally(error -> {
            getExceptionHandler().handleException("Routing the PortSIP WSI gap exchange failed", error);
            return null;
        });
    }

    private CompletableFuture<Void> gapExchange(CallEventRouter r) {
        CompletableFuture<SessionList> sessions;
        PortsipClient acquired = null;
        if (configuration.isReconcileOnReconnect() && configuration.getUsername() != null
            && !configuration.getUsername().isBlank()) {
            acquired = getEndpoint().getComponent().acquireClient(configuration);
            sessions = acquired.listSessions();
        } else {
            sessions = CompletableFuture.completedFuture(null);
        }
        PortsipClient client = acquired;
        return sessions.handle((list, error) -> {
            if (client != null) {
                getEndpoint().getComponent().releaseClient(client);
            }
            if (error != null) {
                LOG.warn("PortSIP WSI: listing the sessions after the reconnect failed: {}", error.getMessage());
            }
            return list;
        }).thenCompose(list -> {
            if (list != null && list.items() != null) {
                // calls the PBX no longer lists ended while the socket was down: the tracker ends them
                r.reconcile(list.items().stream().map(s -> s.id()).toList(), this::populateSynthesized);
            }
            return ConsumerDispatch.process(this, exchange -> {
            exchange.getMessage().setBody(list);
            exchange.getMessage().setHeader(PortsipConstants.EVENT_TYPE, "gap");
            io.callcontrol.core.metrics.CallControlMetrics.gap(getEndpoint().getCamelContext(), "portsip");
            exchange.getMessage().setHeader(PortsipConstants.CALL_EVENT_TYPE, "gap");
            if (list != null) {
                exchange.getMessage().setHeader(PortsipConstants.SESSION_COUNT, list.items().size());
            }
            });
        });
    }

    private void populateSynthesized(org.apache.camel.Exchange exchange, CallEvent event) {
        exchange.getMessage().setHeader(PortsipConstants.EVENT_TYPE, event.eventType());
        exchange.getMessage().setHeader(PortsipConstants.SESSION_ID, event.callId());
        exchange.getMessage().setHeader(PortsipConstants.CDR_ID, event.trackingId());
    }

    /** The WSI connection (eventChannel wsi), for tests and health. */
    public PortsipWsiConnection getWsiConnection() {
        return wsi;
    }

    /** CONNECTED while the receiver accepts events for this consumer. */
    private ConnectionState receiverState() {
        if (registration == null && platformHttp == null) {
            return ConnectionState.STOPPED;
        }
        return isSuspendingOrSuspended() ? ConnectionState.DISCONNECTED : ConnectionState.CONNECTED;
    }

    private WebhookSettings settings() {
        WebhookAuth auth = WebhookSettings.requireChosen(configuration.getWebhookAuth(), PortsipException.VENDOR,
                "portsip:events", "BASIC, BEARER, HMAC, or NONE explicitly");
        Validation v = Validation.of(PortsipException.VENDOR, "events (webhookAuth " + auth + ")");
        WebhookSettings s = switch (auth) {
            case NONE -> WebhookSettings.none();
            case BASIC -> {
                v.require("webhookUsername", configuration.getWebhookUsername())
                        .require("webhookPassword", configuration.getWebhookPassword()).check();
                yield WebhookSettings.basic(configuration.getWebhookUsername(), configuration.getWebhookPassword());
            }
            case BEARER -> {
                v.require("webhookBearerToken", configuration.getWebhookBearerToken()).check();
                yield WebhookSettings.bearer(configuration.getWebhookBearerToken());
            }
            case HMAC -> {
                v.require("webhookHmacSecret", configuration.getWebhookHmacSecret()).check();
                yield WebhookSettings.hmac(configuration.getWebhookHmacSecret(), configuration.getWebhookHmacHeader(),
                        "HmacSHA256", "");
            }
            case TOKEN -> throw new io.callcontrol.core.error.CallControlValidationException(PortsipException.VENDOR,
                    "webhookAuth", "portsip:events: webhookAuth TOKEN is not supported (the PBX's Event URL takes"
                                   + " BASIC or BEARER)");
        };
        return s.withMaxBodySize(configuration.getWebhookMaxBodySize());
    }

    @Override
    protected void doStop() throws Exception {
        if (health != null) {
            HealthCheckRegistry repo = getEndpoint().getComponent().healthRegistry();
            if (repo != null) {
                repo.unregister(health);
            }
            health = null;
        }
        if (registration != null) {
            registration.close();
            registration = null;
        }
        if (platformHttp != null) {
            platformHttp.close();
            platformHttp = null;
        }
        if (wsi != null) {
            wsi.stop();
            wsi = null;
        }
        if (vertx != null) {
            SharedVertx.release(vertx);
            vertx = null;
        }
        CallEventRouter r = router;
        router = null;
        if (r != null) {
            r.stop();
        }
        if (ownRepository && repository != null) {
            ServiceHelper.stopService(repository);
            repository = null;
        }
        super.doStop();
    }

    private CompletableFuture<Integer> onWebhook(WebhookRequest request) {
        if (!isRunAllowed() || isSuspendingOrSuspended()) {
            return CompletableFuture.completedFuture(503);
        }
        JsonNode json = request.json();
        List<PortsipEvent> events = new ArrayList<>();
        try {
            if (json != null && json.isArray()) {
                for (JsonNode n : json) {
                    events.add(Json.MAPPER.treeToValue(n, PortsipEvent.class));
                }
            } else if (json != null && json.isObject()) {
                events.add(Json.MAPPER.treeToValue(json, PortsipEvent.class));
            } else {
                return CompletableFuture.completedFuture(400);
            }
        } catch (Exception e) {
            LOG.warn("PortSIP event rejected (not an event object): {}", e.getMessage());
            return CompletableFuture.completedFuture(400);
        }
        CallEventRouter r = router;
        if (r == null) {
            return CompletableFuture.completedFuture(503);
        }
        // queued on arrival, in order per call; the PBX gets its 200 when the route processed every event
        List<CompletableFuture<Void>> routed = new ArrayList<>();
        for (PortsipEvent e : events) {
            CompletableFuture<Void> f = route(r, e, false);
            if (f == null) {
                return CompletableFuture.completedFuture(503); // overloaded: the PBX retries later
            }
            routed.add(f);
        }
        return CompletableFuture.allOf(routed.toArray(CompletableFuture[]::new)).thenApply(v -> 200)
                .whenComplete((v, error) -> {
                    if (error != null) {
                        LOG.debug("PortSIP events: answering 500, the PBX delivers again: {}", error.toString());
                    }
                });
    }

    /**
     * Arrival of one event: type filter, de-duplication by UUID (the idempotent repository), then the state
     * tracker and the ordered dispatch. Null when the dispatcher is full and {@code wait} is false.
     */
    private CompletableFuture<Void> route(CallEventRouter r, PortsipEvent event, boolean wait) {
        if (!eventTypes.isEmpty()
            && (event.eventType() == null || !eventTypes.contains(event.eventType().toLowerCase(Locale.ROOT)))) {
            return CompletableFuture.completedFuture(null);
        }
        CallEvent callEvent = PortsipEventMapper.toCallEvent(event);
        String id = callEvent.eventId();
        if (!repository.add(id)) {
            LOG.debug("PortSIP event {} ({}) already processed: acknowledged, not routed", id, event.eventType());
            io.callcontrol.core.metrics.CallControlMetrics.dropped(getEndpoint().getCamelContext(), "portsip", "duplicate");
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = r.route(callEvent, (exchange, routed) -> {
            var msg = exchange.getMessage();
            msg.setBody(event);
            msg.setHeader(PortsipConstants.EVENT_TYPE, event.eventType());
            msg.setHeader(PortsipConstants.EVENT_UUID, event.uuid());
            msg.setHeader(PortsipConstants.SESSION_ID, event.sessionId());
            msg.setHeader(PortsipConstants.CDR_ID, event.cdrId());
        }, wait, true);
        if (f == null) {
            repository.remove(id);
            return null;
        }
        return f.whenComplete((v, error) -> {
            if (error == null) {
                repository.confirm(id);
            } else {
                repository.remove(id);
            }
        });
    }

    /** The event path (tracker and dispatcher), for tests and management; null when stopped. */
    public CallEventRouter getRouter() {
        return router;
    }
}
