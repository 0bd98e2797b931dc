package io.callcontrol.camel.portsip.springboot;

import io.callcontrol.core.event.StaleEvents;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.callcontrol.camel.portsip.PortsipConfiguration;
import io.callcontrol.camel.portsip.api.AdditionalHeader;
import io.callcontrol.camel.portsip.api.HeaderDirection;
import io.callcontrol.core.webhook.WebhookAuth;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Control calls on a PortSIP PBX through its call control REST API, and receive the PBX's call and CDR webhook
 * events. Spring Boot properties {@code camel.component.portsip.*}: one per component option of the catalog, with
 * its description and default. Secret options (extensionPassword, password, trustStorePassword, username,
 * webhookBearerToken, webhookHmacSecret, webhookPassword, webhookUsername) are never logged by the starter, and this class has no
 * toString method.
 */
@ConfigurationProperties(prefix = "camel.component.portsip")
public class PortsipComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the portsip component. This is enabled by default.
     */
    @SuppressWarnings("unused")
    private Boolean enabled;

    /**
     * Route the events through the per-call state tracker: a call's state only moves forward (late or repeated
     * events for an older state are dropped or flagged, see staleEvents), duplicates are dropped, every event
     * carries a per-call sequence number and its receive time, the final event the outcome, ring time and talk time,
     * and calls that vanish are ended (outcome UNKNOWN, reason disappeared). false: events are routed as received
     * (still in order per call).
     */
    private Boolean callTracking = true;

    /**
     * What the state tracker does with a stale event (for an older state than the call's current one, e.g. a TRYING
     * after TERMINATED): DROP does not route it; FLAG routes it with its own state and the header
     * CamelCallControlStale=true.
     */
    private StaleEvents staleEvents = StaleEvents.DROP;

    /**
     * Milliseconds a terminated call is remembered by the state tracker (its late and repeated events recognized)
     * before it is forgotten.
     */
    private Long terminatedCallRetention = 900000L;

    /**
     * How many calls the state tracker follows at most; beyond it, the oldest terminated call, else the least
     * recently active call, is forgotten (with a WARN).
     */
    private Integer maxTrackedCalls = 10000;

    /**
     * Milliseconds after which a call without any event is ended by the state tracker (outcome UNKNOWN, reason
     * disappeared); 0: never. Streaming consumers only: the polling ones end the calls a poll no longer lists.
     */
    private Long callIdleTimeout = 0L;

    /**
     * Events queued or being routed at most (events of one call are routed one after the other, in arrival order);
     * beyond it, a WebSocket consumer stops reading until there is room and a webhook consumer answers 503 (the PBX
     * delivers again).
     */
    private Integer maxPendingEvents = 10000;

    /**
     * The PBX REST API root, e.g. https://pbx.example.com:8887/api (the port depends on the PortSIP release: 8887
     * on v22, 8899/8900 before). Required by producers.
     */
    private String baseUrl;

    /**
     * The shared configuration: the default of every endpoint's options. The option is a
     * io.callcontrol.camel.portsip.PortsipConfiguration type (a bean reference such as #bean:myBean).
     */
    private PortsipConfiguration configuration;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will
     * use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
     * level and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Comma-separated event types to route (e.g. call_start,call_cdr); others are acknowledged and dropped. Empty:
     * all.
     */
    private String eventTypes;

    /**
     * Where portsip:events gets the PBX's events: webhook (the PBX POSTs them to this consumer's receiver, its
     * Event URL) or wsi (this consumer connects to the PBX's WSI pub/sub WebSocket, logs in with username/password
     * -- or extensionNumber/extensionPassword -- and subscribes to wsiTopics).
     */
    private String eventChannel = "webhook";

    /**
     * eventChannel wsi: URL of the PBX's WSI WebSocket. Default: the baseUrl's host and port with ws/wss and path
     * /wsi (e.g. wss://pbx.example.com:8887/wsi).
     */
    private String wsiUrl;

    /**
     * eventChannel wsi: comma-separated topics to subscribe to (extension_events, cdr_events, queue_events,
     * global_{name}).
     */
    private String wsiTopics = "extension_events,cdr_events";

    /**
     * eventChannel wsi: comma-separated extensions whose events are wanted (sent in the subscribe command). Empty:
     * whatever the PBX sends the logged-in user.
     */
    private String wsiExtensions;

    /**
     * eventChannel wsi: after a reconnect (events sent while the socket was down are lost) route a gap exchange
     * (CamelPortsipEventType gap) whose body is the PBX's current session list (GET /api/sessions, logged in as
     * username), so the route can reconcile; false: the gap exchange has no body.
     */
    private Boolean reconcileOnReconnect = true;

    /**
     * Interface the webhook receiver listens on: the loopback interface by default (a reverse proxy in front of it,
     * or platformHttp); 0.0.0.0 to listen on every interface.
     */
    private String webhookHost = "127.0.0.1";

    /**
     * Path of the webhook; the PBX's Event URL is http(s)://{this host}:{webhookPort}{webhookPath}.
     */
    private String webhookPath = "/portsip/events";

    /**
     * Serve the webhook on Camel's platform-http -- the application's own HTTP server, with its port, TLS and
     * security -- at webhookPath, instead of a port of its own (webhookHost and webhookPort are then not used). Needs
     * a platform-http engine on the classpath (camel-platform-http-starter, camel-platform-http-vertx).
     */
    private Boolean webhookPlatformHttp = false;

    /**
     * Port the webhook receiver listens on (consumers on the same host and port share one server).
     */
    private Integer webhookPort = 8080;

    /**
     * Size of the default in-memory repository of processed event UUIDs.
     */
    private Integer idempotentCacheSize = 10000;

    /**
     * Repository of the event UUIDs already processed (de-duplication of the PBX's at-least-once delivery).
     * Default: an in-memory repository of idempotentCacheSize entries. The option is a
     * org.apache.camel.spi.IdempotentRepository type (a bean reference such as #bean:myBean).
     */
    private IdempotentRepository idempotentRepository;

    /**
     * Largest webhook body accepted, in bytes (larger: HTTP 413).
     */
    private Integer webhookMaxBodySize = 1048576;

    /**
     * How long the route may take to process an event before the PBX gets HTTP 503 (and retries). A duration: a
     * number of milliseconds, or a value with a unit such as 500ms, 5s or 1m.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration webhookProcessingTimeout = Duration.ofSeconds(30);

    /**
     * initiate, initiate_directly: SIP header (RFC 5373) to add to the INVITE: ANSWER_MODE (Answer-Mode), CALL_INFO
     * (Call-Info answer-after=0), ALERT_INFO_AUTO_ANSWER_DELAY0 (Alert-Info info=alert-autoanswer;delay=0),
     * ALERT_INFO_AUTO_ANSWER (Alert-Info info=Auto Answer), ALERT_INFO_INTERCOM (Alert-Info info=intercom).
     */
    private AdditionalHeader additionalHeader;

    /**
     * initiate, initiate_directly: the callee number, an extension or a PSTN number.
     */
    private String callee;

    /**
     * initiate, initiate_directly: the caller number, an extension or a PSTN number.
     */
    private String caller;

    /**
     * initiate, initiate_directly: the display name of the caller.
     */
    private String callerDisplayName;

    /**
     * initiate_directly: the SIP domain of the tenant.
     */
    private String domain;

    /**
     * extension_number: for initiate_directly the extension whose password authenticates the request; for hold,
     * unhold, refer and attended_refer the extension whose call leg is acted on (an extension or a PSTN number).
     */
    private String extensionNumber;

    /**
     * initiate_directly: the password of extensionNumber (wire parameter password), which replaces the access
     * token.
     */
    private String extensionPassword;

    /**
     * initiate, initiate_directly: which party's INVITE receives additionalHeader (header_direction; ignored
     * without additionalHeader).
     */
    private HeaderDirection headerDirection;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * refer: the number the call is transferred to (refer_to).
     */
    private String referTo;

    /**
     * attended_refer: the number on the other side of the first call leg (refer_to_1), used when session1 is 0.
     */
    private String referTo1;

    /**
     * attended_refer: the number on the other side of the second call leg (refer_to_2), used when session2 is 0.
     */
    private String referTo2;

    /**
     * initiate, initiate_directly: for calls sent to a trunk, the user of the From header (the outbound caller ID).
     */
    private String rewriteFrom;

    /**
     * initiate, initiate_directly: for calls sent to a trunk, the user of the P-Asserted-Identity header.
     */
    private String rewritePai;

    /**
     * initiate, initiate_directly: for calls sent to a trunk, the user of the Remote-Party-ID header.
     */
    private String rewriteRpi;

    /**
     * initiate, initiate_directly: include the SDP in the INVITE that starts the call (send_sdp; required by the
     * PBX, no default).
     */
    private Boolean sendSdp;

    /**
     * attended_refer: session id of the first call leg of extensionNumber (session_1), or 0 to find it by referTo1.
     */
    private String session1;

    /**
     * attended_refer: session id of the second call leg of extensionNumber (session_2), or 0 to find it by
     * referTo2.
     */
    private String session2;

    /**
     * The call session id in the URL of destroy, hold, unhold, refer and attended_refer. In hold, unhold and refer,
     * 1 means the last call of extensionNumber.
     */
    private String sessionId;

    /**
     * initiate, initiate_directly: route the call through this trunk; the call fails if the trunk is not available.
     */
    private String trunk;

    /**
     * initiate, initiate_directly: free information stored with the call in its CDR (user_data).
     */
    private String userData;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Connect timeout of requests to the PBX. A duration: a number of milliseconds, or a value with a unit such as
     * 500ms, 5s or 1m.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration connectTimeout = Duration.ofSeconds(5);

    /**
     * How long to wait for the PBX's answer to a request (then a CallControlTimeoutException). A duration: a number
     * of milliseconds, or a value with a unit such as 500ms, 5s or 1m.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration responseTimeout = Duration.ofSeconds(30);

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * OAuth client_id of the login (the one of PortSIP's web portal by default).
     */
    private String clientId = "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a";

    /**
     * Tenant SIP domain sent with the login (domain form field) of a tenant or extension user; leave empty for a
     * system administrator.
     */
    private String loginDomain;

    /**
     * Password of the user that logs in.
     */
    private String password;

    /**
     * OAuth scope of the login.
     */
    private String scope = "all";

    /**
     * Refresh the access token this long before it expires (with the refresh_token grant; a failed refresh logs in
     * again). A duration: a number of milliseconds, or a value with a unit such as 500ms, 5s or 1m.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration tokenRefreshMargin = Duration.ofSeconds(60);

    /**
     * Accept any TLS certificate and host name of the PBX. Only for labs and tests: logs a WARN on every start.
     */
    private Boolean trustAllCertificates = false;

    /**
     * Trust store (file path) with the PBX's certificate authority, instead of the JVM default trust.
     */
    private String trustStore;

    /**
     * Password of the trust store.
     */
    private String trustStorePassword;

    /**
     * Type of the trust store.
     */
    private String trustStoreType = "PKCS12";

    /**
     * PBX user that logs in for the access token (system administrator, tenant administrator or extension).
     * Required by every producer operation but initiate_directly.
     */
    private String username;

    /**
     * How the PBX authenticates its webhook calls (the Authentication Method of the Event URL): BASIC or BEARER;
     * HMAC for a relay that signs the body (the PBX itself does not sign); PortSIP's Digest method is not
     * supported. Required with eventChannel webhook: the consumer refuses to start without it; NONE must be set
     * explicitly (and is logged at WARN).
     */
    private WebhookAuth webhookAuth;

    /**
     * webhookAuth HMAC: the shared secret the hex HMAC-SHA256 of the body is keyed with.
     */
    private String webhookHmacSecret;

    /**
     * webhookAuth HMAC: the header carrying the hex HMAC-SHA256 signature of the body.
     */
    private String webhookHmacHeader = "X-Signature";

    /**
     * Expected token of Bearer webhook authentication.
     */
    private String webhookBearerToken;

    /**
     * Expected password of Basic webhook authentication.
     */
    private String webhookPassword;

    /**
     * Expected user name of Basic webhook authentication.
     */
    private String webhookUsername;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public PortsipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PortsipConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getWebhookHost() {
        return webhookHost;
    }

    public void setWebhookHost(String webhookHost) {
        this.webhookHost = webhookHost;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public Integer getWebhookPort() {
        return webhookPort;
    }

    public void setWebhookPort(Integer webhookPort) {
        this.webhookPort = webhookPort;
    }

    public Integer getIdempotentCacheSize() {
        return idempotentCacheSize;
    }

    public void setIdempotentCacheSize(Integer idempotentCacheSize) {
        this.idempotentCacheSize = idempotentCacheSize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Integer getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(Integer webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public Duration getWebhookProcessingTimeout() {
        return webhookProcessingTimeout;
    }

    public void setWebhookProcessingTimeout(Duration webhookProcessingTimeout) {
        this.webhookProcessingTimeout = webhookProcessingTimeout;
    }

    public AdditionalHeader getAdditionalHeader() {
        return additionalHeader;
    }

    public void setAdditionalHeader(AdditionalHeader additionalHeader) {
        this.additionalHeader = additionalHeader;
    }

    public String getCallee() {
        return callee;
    }

    public void setCallee(String callee) {
        this.callee = callee;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public String getCallerDisplayName() {
        return callerDisplayName;
    }

    public void setCallerDisplayName(String callerDisplayName) {
        this.callerDisplayName = callerDisplayName;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getExtensionNumber() {
        return extensionNumber;
    }

    public void setExtensionNumber(String extensionNumber) {
        this.extensionNumber = extensionNumber;
    }

    public String getExtensionPassword() {
        return extensionPassword;
    }

    public void setExtensionPassword(String extensionPassword) {
        this.extensionPassword = extensionPassword;
    }

    public HeaderDirection getHeaderDirection() {
        return headerDirection;
    }

    public void setHeaderDirection(HeaderDirection headerDirection) {
        this.headerDirection = headerDirection;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public String getReferTo1() {
        return referTo1;
    }

    public void setReferTo1(String referTo1) {
        this.referTo1 = referTo1;
    }

    public String getReferTo2() {
        return referTo2;
    }

    public void setReferTo2(String referTo2) {
        this.referTo2 = referTo2;
    }

    public String getRewriteFrom() {
        return rewriteFrom;
    }

    public void setRewriteFrom(String rewriteFrom) {
        this.rewriteFrom = rewriteFrom;
    }

    public String getRewritePai() {
        return rewritePai;
    }

    public void setRewritePai(String rewritePai) {
        this.rewritePai = rewritePai;
    }

    public String getRewriteRpi() {
        return rewriteRpi;
    }

    public void setRewriteRpi(String rewriteRpi) {
        this.rewriteRpi = rewriteRpi;
    }

    public Boolean getSendSdp() {
        return sendSdp;
    }

    public void setSendSdp(Boolean sendSdp) {
        this.sendSdp = sendSdp;
    }

    public String getSession1() {
        return session1;
    }

    public void setSession1(String session1) {
        this.session1 = session1;
    }

    public String getSession2() {
        return session2;
    }

    public void setSession2(String session2) {
        this.session2 = session2;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getTrunk() {
        return trunk;
    }

    public void setTrunk(String trunk) {
        this.trunk = trunk;
    }

    public String getUserData() {
        return userData;
    }

    public void setUserData(String userData) {
        this.userData = userData;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getLoginDomain() {
        return loginDomain;
    }

    public void setLoginDomain(String loginDomain) {
        this.loginDomain = loginDomain;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public Boolean getTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(Boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
    }

    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trustStoreType;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public WebhookAuth getWebhookAuth() {
        return webhookAuth;
    }

    public void setWebhookAuth(WebhookAuth webhookAuth) {
        this.webhookAuth = webhookAuth;
    }

    public String getWebhookBearerToken() {
        return webhookBearerToken;
    }

    public void setWebhookBearerToken(String webhookBearerToken) {
        this.webhookBearerToken = webhookBearerToken;
    }

    public String getWebhookPassword() {
        return webhookPassword;
    }

    public void setWebhookPassword(String webhookPassword) {
        this.webhookPassword = webhookPassword;
    }

    public String getWebhookUsername() {
        return webhookUsername;
    }

    public void setWebhookUsername(String webhookUsername) {
        this.webhookUsername = webhookUsername;
    }

    public String getEventChannel() {
        return eventChannel;
    }

    public void setEventChannel(String eventChannel) {
        this.eventChannel = eventChannel;
    }

    public String getWsiUrl() {
        return wsiUrl;
    }

    public void setWsiUrl(String wsiUrl) {
        this.wsiUrl = wsiUrl;
    }

    public String getWsiTopics() {
        return wsiTopics;
    }

    public void setWsiTopics(String wsiTopics) {
        this.wsiTopics = wsiTopics;
    }

    public String getWsiExtensions() {
        return wsiExtensions;
    }

    public void setWsiExtensions(String wsiExtensions) {
        this.wsiExtensions = wsiExtensions;
    }

    public Boolean getReconcileOnReconnect() {
        return reconcileOnReconnect;
    }

    public void setReconcileOnReconnect(Boolean reconcileOnReconnect) {
        this.reconcileOnReconnect = reconcileOnReconnect;
    }

    public String getWebhookHmacSecret() {
        return webhookHmacSecret;
    }

    public void setWebhookHmacSecret(String webhookHmacSecret) {
        this.webhookHmacSecret = webhookHmacSecret;
    }

    public String getWebhookHmacHeader() {
        return webhookHmacHeader;
    }

    public void setWebhookHmacHeader(String webhookHmacHeader) {
        this.webhookHmacHeader = webhookHmacHeader;
    }

    public Boolean getWebhookPlatformHttp() {
        return webhookPlatformHttp;
    }

    public void setWebhookPlatformHttp(Boolean webhookPlatformHttp) {
        this.webhookPlatformHttp = webhookPlatformHttp;
    }

    public Boolean getCallTracking() {
        return callTracking;
    }

    public void setCallTracking(Boolean callTracking) {
        this.callTracking = callTracking;
    }

    public StaleEvents getStaleEvents() {
        return staleEvents;
    }

    public void setStaleEvents(StaleEvents staleEvents) {
        this.staleEvents = staleEvents;
    }

    public Long getTerminatedCallRetention() {
        return terminatedCallRetention;
    }

    public void setTerminatedCallRetention(Long terminatedCallRetention) {
        this.terminatedCallRetention = terminatedCallRetention;
    }

    public Integer getMaxTrackedCalls() {
        return maxTrackedCalls;
    }

    public void setMaxTrackedCalls(Integer maxTrackedCalls) {
        this.maxTrackedCalls = maxTrackedCalls;
    }

    public Long getCallIdleTimeout() {
        return callIdleTimeout;
    }

    public void setCallIdleTimeout(Long callIdleTimeout) {
        this.callIdleTimeout = callIdleTimeout;
    }

    public Integer getMaxPendingEvents() {
        return maxPendingEvents;
    }

    public void setMaxPendingEvents(Integer maxPendingEvents) {
        this.maxPendingEvents = maxPendingEvents;
    }
}
