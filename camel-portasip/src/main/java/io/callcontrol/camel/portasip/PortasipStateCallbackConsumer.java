package io.callcontrol.camel.portasip;

import java.util.concurrent.CompletableFuture;

import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.core.camel.ConsumerDispatch;
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
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code portasip:state_callback}: receives the HTTP POSTs (SIPCallInfo) that {@code originate_advanced_call}
 * sends to its {@code state_callback} URL, on the shared webhook receiver (size limit, optional authentication,
 * malformed JSON refused; PortaSIP gets 2xx only after the route processed the event). Producers refer to it by
 * its {@code callbackId} with {@code stateCallbackEndpoint}.
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
    private volatile java.util.concurrent.ExecutorService executor;
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
        // routes run on Camel threads, never on the receiver's event loop
        executor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newDefaultThreadPool(this, "portasip-state-callback");
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
        java.util.concurrent.ExecutorService pool = executor;
        executor = null;
        if (pool != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(pool);
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
        java.util.concurrent.ExecutorService pool = executor;
        if (pool == null) {
            return CompletableFuture.completedFuture(503);
        }
        try {
            return CompletableFuture.supplyAsync(() -> ConsumerDispatch.process(this,
                    ex -> PortasipEvents.applyCallInfo(ex.getMessage(), info, "state_callback", basis)), pool)
                    .thenCompose(f -> f).thenApply(v -> 200);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(503); // saturated: PortaSIP may retry
        }
    }
}
