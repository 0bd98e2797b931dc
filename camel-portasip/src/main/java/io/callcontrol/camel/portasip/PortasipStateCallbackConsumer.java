package io.callcontrol.camel.portasip;

import java.util.concurrent.CompletableFuture;

import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.core.camel.CallEventRouter;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.json.Json;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.webhook.PlatformHttpWebhook;
import io.callcontrol.core.webhook.WebhookAuth;
import io.callcontrol.core.webhook.WebhookReceiver;
import io.callcontrol.core.webhook.WebhookRequest;
import io.callcontrol.core.webhook.WebhookSettings;
import io.callcontrol.core.webhook.WebhookUrlToken;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code portasip:state_callback}: receives the HTTP POSTs (SIPCallInfo) that {@code originate_advanced_call}
 * sends to its {@code state_callback} URL, on the shared webhook receiver (size limit, optional authentication,
 * malformed JSON refused; PortaSIP gets 2xx only after the route processed the event). Producers refer to it by
 * its {@code callbackId} with {@code stateCallbackEndpoint}.
 * <p>
 * A POST PortaSIP repeats (its retry of a callback it thinks failed) is answered 200 and not routed again: the
 * callbacks are de-duplicated by a key from the body (call id, tag, state and the state's times, see
 * {@code idempotentRepository}), and go through the state tracker; each call's callbacks are routed in arrival order.
 */
public class PortasipStateCallbackConsumer extends DefaultConsumer implements Suspendable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PortasipStateCallbackConsumer.class);

    private final PortasipEndpoint endpoint;
    private final PortasipConfiguration conf;
    private WebhookReceiver.Registration registration;
    /** Set instead of registration with webhookPlatformHttp. */
    private volatile PlatformHttpWebhook platformHttp;
    /** Issues and verifies the token of each state_callback URL handed to PortaSIP; null with webhookAuth NONE. */
    private volatile WebhookUrlToken urlTokens;
    private volatile CallEventRouter router;
    private IdempotentRepository repository;
    private boolean ownRepository;
    private volatile boolean accepting;

    public PortasipStateCallbackConsumer(PortasipEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.conf = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String path = conf.getWebhookPath() != null ? conf.getWebhookPath()
                : "/portasip/state-callback/" + conf.getCallbackId();
        WebhookSettings settings = settings();
        settings = settings.withMaxBodySize(conf.getWebhookMaxBodySize());
        if (conf.isWebhookPlatformHttp()) {
            // PortaSIP must be told where the application's server is
            Validation.of(PortasipException.VENDOR, "state_callback (webhookPlatformHttp)")
                    .require("publicBaseUrl", conf.getPublicBaseUrl()).check();
        }
        repository = conf.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(Math.max(1, conf.getIdempotentCacheSize()));
        }
        ServiceHelper.startService(repository);
        // routes run on Camel threads, never on the receiver's event loop; each call's callbacks in arrival order
        router = CallEventRouter.start(this, PortasipException.VENDOR, conf.callEventRouterOptions());
        if (conf.isWebhookPlatformHttp()) {
            platformHttp = PlatformHttpWebhook.register(getEndpoint().getCamelContext(), path, settings,
                    Math.max(1000, conf.getRequestTimeout()), this::onCallback);
        } else {
            registration = WebhookReceiver.register(endpoint.getComponent().vertx(), conf.getWebhookHost(),
                    conf.getWebhookPort(), path, settings, Math.max(1000, conf.getRequestTimeout()), this::onCallback);
        }
        endpoint.getComponent().registerStateCallback(conf.getCallbackId(), this);
        accepting = true;
        // never the token (each URL handed to PortaSIP carries its own) nor a password of publicBaseUrl
        log.info("portasip: state callbacks for {} at {}{}", conf.getCallbackId(), WebhookUrlToken.mask(publicUrl()),
                urlTokens == null ? "" : " (each URL handed to PortaSIP carries its own secret token)");
    }

    @Override
    protected void doStop() throws Exception {
        accepting = false;
        urlTokens = null;
        endpoint.getComponent().unregisterStateCallback(conf.getCallbackId(), this);
        if (registration != null) {
            registration.close();
            registration = null;
        }
        if (platformHttp != null) {
            platformHttp.close();
            platformHttp = null;
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

    @Override
    protected void doSuspend() throws Exception {
        accepting = false;
    }

    @Override
    protected void doResume() throws Exception {
        accepting = true;
    }

    /**
     * How the sender is authenticated (secure by default: webhookAuth required, NONE explicit). Every mode but NONE
     * accepts the component's URL tokens: PortaSIP is given a URL and nothing else.
     */
    private WebhookSettings settings() {
        WebhookAuth auth = WebhookSettings.requireChosen(conf.getWebhookAuth(), PortasipException.VENDOR,
                "portasip:state_callback", "TOKEN, BEARER, BASIC, HMAC, or NONE explicitly");
        Validation v = Validation.of(PortasipException.VENDOR, "state_callback (webhookAuth " + auth + ")");
        switch (auth) {
            case BEARER, HMAC -> v.require("webhookToken", conf.getWebhookToken());
            case BASIC -> v.require("webhookUsername", conf.getWebhookUsername())
                    .require("webhookPassword", conf.getWebhookPassword());
            default -> {
            }
        }
        v.check();
        WebhookUrlToken tokens = auth == WebhookAuth.NONE ? null
                : conf.getWebhookUrlTokenSecret() == null || conf.getWebhookUrlTokenSecret().isEmpty()
                        ? WebhookUrlToken.random() : WebhookUrlToken.withSecret(conf.getWebhookUrlTokenSecret());
        urlTokens = tokens;
        return switch (auth) {
            case NONE -> WebhookSettings.none();
            case TOKEN -> WebhookSettings.token(tokens);
            case BEARER -> WebhookSettings.bearer(conf.getWebhookToken()).withUrlToken(tokens);
            case BASIC -> WebhookSettings.basic(conf.getWebhookUsername(), conf.getWebhookPassword()).withUrlToken(tokens);
            case HMAC -> WebhookSettings.hmac(conf.getWebhookToken(), null, null, null).withUrlToken(tokens);
        };
    }

    /**
     * The URL handed to PortaSIP as state_callback of one originated call: {@link #publicUrl()} with a new secret
     * token in its query (webhookAuth other than NONE). Never log it unmasked ({@link WebhookUrlToken#mask}).
     */
    public String callbackUrl() {
        String url = publicUrl();
        WebhookUrlToken tokens = urlTokens;
        return url == null || tokens == null ? url : tokens.appendTo(url);
    }

    /**
     * The URL PortaSIP is told to POST to, without its token: the public base URL (when configured) plus the path,
     * else the local URL.
     */
    public String publicUrl() {
        WebhookReceiver.Registration r = registration;
        PlatformHttpWebhook p = platformHttp;
        if (r == null && p == null) {
            return null;
        }
        String base = conf.getPublicBaseUrl();
        if (base == null || base.isBlank()) {
            return r == null ? null : r.localUrl();
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + (r != null ? r.path() : p.path());
    }

    /** The URL the receiver is bound to ({@code http://host:port/path}), or null when stopped. */
    public String localUrl() {
        WebhookReceiver.Registration r = registration;
        return r == null ? null : r.localUrl();
    }

    private CompletableFuture<Integer> onCallback(WebhookRequest request) {
        if (!accepting) {
            return CompletableFuture.completedFuture(503);
        }
        SipCallInfo info;
        try {
            info = Json.MAPPER.treeToValue(request.json(), SipCallInfo.class);
        } catch (Exception e) {
            return CompletableFuture.completedFuture(400);
        }
        if (info == null || request.json() == null || !request.json().isObject()) {
            return CompletableFuture.completedFuture(400);
        }
        String basis = request.json().toString();
        CallEventRouter r = router;
        IdempotentRepository repo = repository;
        if (r == null || repo == null) {
            return CompletableFuture.completedFuture(503);
        }
        String key = PortasipEvents.callbackKey(info);
        if (!repo.add(key)) {
            log.debug("portasip: state callback {} already processed: answered 200, not routed", key);
            return CompletableFuture.completedFuture(200);
        }
        CallEvent event = PortasipEvents.callInfoEvent(info, "state_callback", basis);
        CompletableFuture<Void> f = r.route(event, PortasipEvents.legKey(info),
                (ex, e) -> PortasipEvents.callInfoHeaders(ex.getMessage(), info, "state_callback"), false, true);
        if (f == null) {
            repo.remove(key);
            return CompletableFuture.completedFuture(503); // saturated: PortaSIP may retry
        }
        return f.handle((v, error) -> {
            if (error == null) {
                repo.confirm(key);
                return 200;
            }
            repo.remove(key); // the retry is processed again
            throw new java.util.concurrent.CompletionException(error);
        });
    }

    /** The event path (tracker and dispatcher), for tests and management; null when stopped. */
    public CallEventRouter getRouter() {
        return router;
    }
}
