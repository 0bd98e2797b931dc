package io.callcontrol.camel.portasip;

import io.callcontrol.core.camel.CallControlComponentSupport;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiInvoker;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiSettings;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.tls.TlsSettings;
import io.callcontrol.core.vertx.SharedVertx;
import io.callcontrol.core.ws.ConnectionHealthCheck;
import io.callcontrol.core.ws.WebSocketSettings;
import io.vertx.core.Vertx;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/**
 * The PortaSIP component: Call Control over one shared WebSocket per server and credentials (every endpoint with
 * the same URL, login and domain uses the same connection and session), plus the state-callback webhook
 * consumers.
 */
@Component("portasip")
public class PortasipComponent extends CallControlComponentSupport {

    @Metadata(description = "Component-wide configuration; endpoint options override it.")
    private PortasipConfiguration configuration = new PortasipConfiguration();

    @Metadata(label = "advanced", autowired = true, description = "Carries the JSON API methods (HTTPS"
            + " /rest/{service}/{method}/), one session per distinct server and credentials; created by the component"
            + " when none is set or found in the registry.")
    private PortasipJsonApiInvoker jsonApiInvoker;
    private boolean ownJsonApiInvoker;

    private final Map<String, PortasipCallControlConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, PortasipStateCallbackConsumer> stateCallbackConsumers = new ConcurrentHashMap<>();
    private Vertx vertx;

    public PortasipComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        PortasipOperation op;
        try {
            op = PortasipOperation.fromMethod(remaining);
        } catch (IllegalArgumentException e) {
            Object service = parameters.get("service");
            if (service != null && !service.toString().isBlank() && remaining.matches("[a-z][a-z0-9_]*")) {
                // a JSON API method this component does not list: the service option says where it lives
                PortasipEndpoint endpoint = PortasipEndpoint.unlisted(uri, this, remaining, configuration.copy());
                setProperties(endpoint, parameters);
                endpoint.getConfiguration().setSslContextParameters(
                        sslContextParameters(endpoint.getConfiguration().getSslContextParameters()));
                return endpoint;
            }
            throw new CallControlValidationException(PortasipException.VENDOR, java.util.List.of("method"), e.getMessage()
                    + " (for a JSON API method this component does not list, set the service option)");
        }
        PortasipConfiguration conf = configuration.copy();
        PortasipEndpoint endpoint = new PortasipEndpoint(uri, this, op, conf);
        setProperties(endpoint, parameters);
        endpoint.getConfiguration().setSslContextParameters(
                sslContextParameters(endpoint.getConfiguration().getSslContextParameters()));
        return endpoint;
    }

    public PortasipConfiguration getConfiguration() {
        return configuration;
    }

    /** Component-wide configuration; endpoint options override it. */
    public void setConfiguration(PortasipConfiguration configuration) {
        this.configuration = configuration;
    }

    public PortasipJsonApiInvoker getJsonApiInvoker() {
        return jsonApiInvoker;
    }

    /** The invoker for JSON API methods: the configured one, else one of the component's own (closed on stop). */
    synchronized PortasipJsonApiInvoker jsonApiInvoker() {
        if (jsonApiInvoker == null) {
            jsonApiInvoker = new PortasipJsonApiInvoker();
            ownJsonApiInvoker = true;
        }
        return jsonApiInvoker;
    }

    /** The JSON API settings of an endpoint configuration (URL from jsonApiUrl, else from webSocketUrl). */
    static PortasipJsonApiSettings jsonApiSettings(PortasipConfiguration conf) {
        String base = conf.getJsonApiUrl();
        if (base == null || base.isBlank()) {
            if (conf.getWebSocketUrl() == null || conf.getWebSocketUrl().isBlank()) {
                throw new CallControlValidationException(PortasipException.VENDOR, java.util.List.of("jsonApiUrl"),
                        "Invalid portasip configuration: missing required parameter jsonApiUrl (or webSocketUrl)");
            }
            base = PortasipJsonApiSettings.baseUrlFromWebSocketUrl(conf.getWebSocketUrl());
        }
        PortasipJsonApiSettings.Builder b = PortasipJsonApiSettings.builder(base)
                .credentials(conf.getLogin(), conf.getPassword(), conf.getDomain())
                .transport(conf.getJsonApiTransport())
                .timeouts(Duration.ofMillis(conf.getConnectTimeout()), Duration.ofMillis(conf.getRequestTimeout()))
                .tls(new TlsSettings(conf.getTrustStore(), conf.getTrustStorePassword(), conf.getTrustStoreType(),
                        conf.isTrustAllCertificates()).withSslContextParameters(conf.getSslContextParameters(), null));
        if (conf.getToken() != null && (conf.getPassword() == null || conf.getPassword().isEmpty())) {
            b.apiToken(conf.getToken());
        }
        if (conf.getAccessToken() != null && !conf.getAccessToken().isBlank()) {
            b.accessToken(conf.getAccessToken());
        }
        b.useSession(conf.isUseSession()).dryRun(conf.isDryRun()).validateAudio(conf.isValidateAudio());
        // endpoint defaults of the flat parameters (headers and the body win)
        java.util.Map<String, Object> defaults = new java.util.LinkedHashMap<>();
        putIfSet(defaults, "i_menu", conf.getIMenu());
        putIfSet(defaults, "i_menu_transition", conf.getIMenuTransition());
        putIfSet(defaults, "event", conf.getTransitionEvent());
        putIfSet(defaults, "i_conf", conf.getIConf());
        putIfSet(defaults, "name", conf.getConfName());
        putIfSet(defaults, "i_entry", conf.getIEntry());
        putIfSet(defaults, "prompt_type", conf.getPromptType());
        putIfSet(defaults, "greeting_type", conf.getGreetingType());
        b.params(defaults);
        return b.build();
    }

    private static void putIfSet(java.util.Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Carries the JSON API methods (HTTPS /rest/<service>/<method>/). */
    public void setJsonApiInvoker(PortasipJsonApiInvoker jsonApiInvoker) {
        this.jsonApiInvoker = jsonApiInvoker;
    }

    synchronized Vertx vertx() {
        if (vertx == null) {
            vertx = SharedVertx.acquire(getCamelContext());
        }
        return vertx;
    }

    @Override
    protected void doStop() throws Exception {
        PortasipJsonApiInvoker own = null;
        synchronized (this) {
            if (ownJsonApiInvoker) {
                own = jsonApiInvoker;
                jsonApiInvoker = null;
                ownJsonApiInvoker = false;
            }
        }
        if (own != null) {
            own.close();
        }
        for (PortasipCallControlConnection c : connections.values()) {
            c.stop();
            unregisterHealth(c);
        }
        connections.clear();
        Vertx v;
        synchronized (this) {
            v = vertx;
            vertx = null;
        }
        if (v != null) {
            SharedVertx.release(v);
        }
        super.doStop();
    }

    // ---- shared Call Control connections ----------------------------------------------------------------

    /** The connection for this configuration's URL and credentials, started on first use; release it when done. */
    PortasipCallControlConnection acquireConnection(PortasipConfiguration conf) {
        return acquireConnection(conf, null);
    }

    /**
     * As {@link #acquireConnection(PortasipConfiguration)}; a non-null {@code dedicatedTo} gives a connection of its
     * own (its own socket and session) to that user.
     */
    PortasipCallControlConnection acquireConnection(PortasipConfiguration conf, String dedicatedTo) {
        if (conf.getWebSocketUrl() == null || conf.getWebSocketUrl().isBlank()) {
            throw new CallControlValidationException(PortasipException.VENDOR, java.util.List.of("webSocketUrl"),
                    "Invalid portasip configuration: missing required parameter webSocketUrl");
        }
        PortasipCallControlConnection.Credentials creds = new PortasipCallControlConnection.Credentials(
                conf.getLogin(), conf.getPassword(), conf.getDomain(), conf.getToken());
        String key = connectionKey(conf) + "|" + tlsIdentity(conf.getSslContextParameters())
                + (dedicatedTo == null ? "" : "|" + dedicatedTo);
        synchronized (connections) {
            PortasipCallControlConnection c = connections.get(key);
            if (c == null) {
                WebSocketSettings settings = WebSocketSettings.of(URI.create(conf.getWebSocketUrl()))
                        .withConnectTimeout(Duration.ofMillis(conf.getConnectTimeout()))
                        .withBackoff(Duration.ofMillis(conf.getReconnectInitialDelay()),
                                Duration.ofMillis(conf.getReconnectMaxDelay()), conf.getMaxReconnectAttempts())
                        .withTls(new TlsSettings(conf.getTrustStore(), conf.getTrustStorePassword(),
                                conf.getTrustStoreType(), conf.isTrustAllCertificates())
                                .withSslContextParameters(conf.getSslContextParameters(), getCamelContext()))
                        .withMaxAuthenticationAttempts(conf.getMaxAuthenticationAttempts());
                c = new PortasipCallControlConnection(key, vertx(), settings, creds,
                        Duration.ofMillis(conf.getRequestTimeout()));
                connections.put(key, c);
                registerHealth(c, conf, dedicatedTo);
                c.start();
            }
            c.retain();
            return c;
        }
    }

    /**
     * What makes two endpoints' connections the same: everything that changes the connection -- the URL, the
     * credentials (login, password, domain, token), the TLS settings and trust material (trustAllCertificates, the
     * trust store's path, type, password and content), the connect timeout and the reconnect and authentication
     * bounds. Endpoints that differ in any of them never share a socket (an endpoint trusting every certificate must
     * not let another one, with default TLS, ride its connection). Secrets enter only through a SHA-256 digest.
     */
    static String connectionKey(PortasipConfiguration conf) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        java.util.function.Consumer<Object> part = v -> {
            byte[] b = String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
            sha.update(v == null ? (byte) 0 : (byte) 1);
        };
        part.accept(conf.getLogin());
        part.accept(conf.getPassword());
        part.accept(conf.getDomain());
        part.accept(conf.getToken());
        part.accept(conf.isTrustAllCertificates());
        part.accept(conf.getTrustStore());
        part.accept(conf.getTrustStoreType());
        part.accept(conf.getTrustStorePassword());
        String store = conf.getTrustStore();
        if (store != null && !store.isBlank()) {
            try {
                // the trust material itself: a store replaced on disk is another trust
                sha.update(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(store)));
            } catch (java.io.IOException | RuntimeException e) {
                part.accept("unreadable");
            }
        }
        part.accept(conf.getConnectTimeout());
        part.accept(conf.getReconnectInitialDelay());
        part.accept(conf.getReconnectMaxDelay());
        part.accept(conf.getMaxReconnectAttempts());
        part.accept(conf.getMaxAuthenticationAttempts());
        return conf.getWebSocketUrl() + "|" + java.util.HexFormat.of().formatHex(sha.digest());
    }

    void releaseConnection(PortasipCallControlConnection c) {
        synchronized (connections) {
            if (c.release() > 0) {
                return;
            }
            connections.remove(c.key(), c);
        }
        c.stop();
        unregisterHealth(c);
    }

    /** Open connections (for tests and management). */
    public java.util.Collection<PortasipCallControlConnection> connections() {
        return java.util.List.copyOf(connections.values());
    }

    private void registerHealth(PortasipCallControlConnection c, PortasipConfiguration conf, String dedicatedTo) {
        HealthCheckRegistry registry = getCamelContext() == null ? null : HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            URI uri = URI.create(conf.getWebSocketUrl());
            // the login is a credential: only a short digest of it tells connections to one host apart
            String id = "portasip-callcontrol-" + uri.getHost() + "-" + uri.getPort() + "-"
                    + Integer.toHexString(String.valueOf(conf.getLogin()).hashCode() & 0xffff)
                    + (dedicatedTo == null ? "" : "-" + dedicatedTo);
            if (registry.getCheck(id).isPresent()) {
                // another connection to the same host and login (other TLS or reconnect settings): its own check
                String digest = c.key().substring(c.key().lastIndexOf('|') + 1);
                id = id + "-" + digest.substring(0, Math.min(8, digest.length()));
            }
            c.healthCheck = ConnectionHealthCheck.of(id, c.socket());
            registry.register(c.healthCheck);
        }
    }

    private void unregisterHealth(PortasipCallControlConnection c) {
        HealthCheckRegistry registry = getCamelContext() == null ? null : HealthCheckRegistry.get(getCamelContext());
        if (registry != null && c.healthCheck != null) {
            registry.unregister(c.healthCheck);
        }
    }

    // ---- state callback consumers -----------------------------------------------------------------------

    void registerStateCallback(String callbackId, PortasipStateCallbackConsumer consumer) {
        if (stateCallbackConsumers.putIfAbsent(callbackId, consumer) != null) {
            throw new IllegalStateException("A portasip:state_callback consumer with callbackId " + callbackId
                    + " is already running");
        }
    }

    void unregisterStateCallback(String callbackId, PortasipStateCallbackConsumer consumer) {
        stateCallbackConsumers.remove(callbackId, consumer);
    }

    /**
     * The state_callback URL to hand to PortaSIP for the running state_callback consumer with this callbackId (its
     * public URL with a new secret token unless its webhookAuth is NONE), or null. Never log it unmasked.
     */
    public String stateCallbackUrl(String callbackId) {
        PortasipStateCallbackConsumer c = stateCallbackConsumers.get(callbackId);
        return c == null ? null : c.callbackUrl();
    }
}
