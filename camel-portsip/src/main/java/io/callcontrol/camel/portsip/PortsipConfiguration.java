package io.callcontrol.camel.portsip;

import io.callcontrol.camel.portsip.api.AdditionalHeader;
import io.callcontrol.camel.portsip.api.HeaderDirection;
import io.callcontrol.core.webhook.WebhookAuth;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of the PortSIP component and its endpoints. Set on the component, an option is every endpoint's
 * default; set on an endpoint, it overrides the component's; a message header overrides both for one message.
 */
@UriParams
public class PortsipConfiguration extends io.callcontrol.core.camel.CallEventOptions implements Cloneable {

    @UriPath(description = "The operation: a PortSIP call control request (producer) or events (consumer).",
              enums = "initiate_directly,initiate,destroy,hold,unhold,refer,attended_refer,list_sessions,events")
    @Metadata(required = true)
    private PortsipOperation operation;

    @UriParam(label = "common",
              description = "The PBX REST API root, e.g. https://pbx.example.com:8887/api (the port depends on "
                             + "the PortSIP release: 8887 on v22, 8899/8900 before). Required by producers.")
    private String baseUrl;

    @UriParam(label = "security",
              description = "PBX user that logs in for the access token (system administrator, tenant "
                             + "administrator or extension). Required by every producer operation but "
                             + "initiate_directly.",
              secret = true)
    private String username;

    @UriParam(label = "security", description = "Password of the user that logs in.", secret = true)
    private String password;

    @UriParam(label = "security",
              description = "Tenant SIP domain sent with the login (domain form field) of a tenant or extension "
                             + "user; leave empty for a system administrator.")
    private String loginDomain;

    @UriParam(label = "security",
              defaultValue = "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a",
              description = "OAuth client_id of the login (the one of PortSIP's web portal by default).")
    private String clientId = "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a";

    @UriParam(label = "security", defaultValue = "all", description = "OAuth scope of the login.")
    private String scope = "all";

    @UriParam(label = "security",
              defaultValue = "60s",
              javaType = "java.time.Duration",
              description = "Refresh the access token this long before it expires (with the refresh_token grant; "
                             + "a failed refresh logs in again).")
    private long tokenRefreshMargin = 60_000;

    @UriParam(label = "security",
              description = "Trust store (file path) with the PBX's certificate authority, instead of the JVM "
                             + "default trust.")
    private String trustStore;

    @UriParam(label = "security", description = "Password of the trust store.", secret = true)
    private String trustStorePassword;

    @UriParam(label = "security", defaultValue = "PKCS12", description = "Type of the trust store.")
    private String trustStoreType = "PKCS12";

    @UriParam(label = "security",
              defaultValue = "false",
              description = "Accept any TLS certificate and host name of the PBX. Only for labs and tests: logs a"
                             + " WARN on every start.")
    private boolean trustAllCertificates;

    @UriParam(label = "advanced",
              defaultValue = "5s",
              javaType = "java.time.Duration",
              description = "Connect timeout of requests to the PBX.")
    private long connectTimeout = 5_000;

    @UriParam(label = "advanced",
              defaultValue = "30s",
              javaType = "java.time.Duration",
              description = "How long to wait for the PBX's answer to a request (then a "
                             + "CallControlTimeoutException).")
    private long responseTimeout = 30_000;

    @UriParam(label = "producer",
              description = "The call session id in the URL of destroy, hold, unhold, refer and attended_refer. "
                             + "In hold, unhold and refer, 1 means the last call of extensionNumber.")
    private String sessionId;

    @UriParam(label = "producer",
              description = "extension_number: for initiate_directly the extension whose password authenticates "
                             + "the request; for hold, unhold, refer and attended_refer the extension whose call leg"
                             + " is acted on (an extension or a PSTN number).")
    private String extensionNumber;

    @UriParam(label = "producer",
              description = "initiate_directly: the password of extensionNumber (wire parameter password), which "
                             + "replaces the access token.",
              secret = true)
    private String extensionPassword;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: the caller number, an extension or a PSTN number.")
    private String caller;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: the callee number, an extension or a PSTN number.")
    private String callee;

    @UriParam(label = "producer", description = "initiate_directly: the SIP domain of the tenant.")
    private String domain;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: include the SDP in the INVITE that starts the call "
                             + "(send_sdp; required by the PBX, no default).")
    private Boolean sendSdp;

    @UriParam(label = "producer", description = "initiate, initiate_directly: the display name of the caller.")
    private String callerDisplayName;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: route the call through this trunk; the call fails if "
                             + "the trunk is not available.")
    private String trunk;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: for calls sent to a trunk, the user of the From header "
                             + "(the outbound caller ID).")
    private String rewriteFrom;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: for calls sent to a trunk, the user of the "
                             + "P-Asserted-Identity header.")
    private String rewritePai;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: for calls sent to a trunk, the user of the "
                             + "Remote-Party-ID header.")
    private String rewriteRpi;

    @UriParam(label = "producer",
              description = "initiate, initiate_directly: free information stored with the call in its CDR "
                             + "(user_data).")
    private String userData;

    @UriParam(label = "producer",
              enums = "ANSWER_MODE,CALL_INFO,ALERT_INFO_AUTO_ANSWER_DELAY0,ALERT_INFO_AUTO_ANSWER,ALERT_INFO_INTERCOM",
              description = "initiate, initiate_directly: SIP header (RFC 5373) to add to the INVITE: ANSWER_MODE"
                             + " (Answer-Mode), CALL_INFO (Call-Info answer-after=0), ALERT_INFO_AUTO_ANSWER_DELAY0 "
                             + "(Alert-Info info=alert-autoanswer;delay=0), ALERT_INFO_AUTO_ANSWER (Alert-Info "
                             + "info=Auto Answer), ALERT_INFO_INTERCOM (Alert-Info info=intercom).")
    private AdditionalHeader additionalHeader;

    @UriParam(label = "producer",
              enums = "CALLER,CALLEE,ALL",
              description = "initiate, initiate_directly: which party's INVITE receives additionalHeader "
                             + "(header_direction; ignored without additionalHeader).")
    private HeaderDirection headerDirection;

    @UriParam(label = "producer", description = "refer: the number the call is transferred to (refer_to).")
    private String referTo;

    @UriParam(label = "producer",
              description = "attended_refer: session id of the first call leg of extensionNumber (session_1), or "
                             + "0 to find it by referTo1.")
    private String session1;

    @UriParam(label = "producer",
              description = "attended_refer: the number on the other side of the first call leg (refer_to_1), "
                             + "used when session1 is 0.")
    private String referTo1;

    @UriParam(label = "producer",
              description = "attended_refer: session id of the second call leg of extensionNumber (session_2), or"
                             + " 0 to find it by referTo2.")
    private String session2;

    @UriParam(label = "producer",
              description = "attended_refer: the number on the other side of the second call leg (refer_to_2), "
                             + "used when session2 is 0.")
    private String referTo2;

    @UriParam(label = "consumer",
              defaultValue = "webhook",
              enums = "webhook,wsi",
              description = "Where portsip:events gets the PBX's events: webhook (the PBX POSTs them to this "
                             + "consumer's receiver, its Event URL) or wsi (this consumer connects to the PBX's WSI "
                             + "pub/sub WebSocket, logs in with username/password -- or extensionNumber/"
                             + "extensionPassword -- and subscribes to wsiTopics).")
    private String eventChannel = "webhook";

    @UriParam(label = "consumer",
              description = "eventChannel wsi: URL of the PBX's WSI WebSocket. Default: the baseUrl's host and port "
                             + "with ws/wss and path /wsi (e.g. wss://pbx.example.com:8887/wsi).")
    private String wsiUrl;

    @UriParam(label = "consumer",
              defaultValue = "extension_events,cdr_events",
              description = "eventChannel wsi: comma-separated topics to subscribe to (extension_events, "
                             + "cdr_events, queue_events, global_{name}).")
    private String wsiTopics = "extension_events,cdr_events";

    @UriParam(label = "consumer",
              description = "eventChannel wsi: comma-separated extensions whose events are wanted (sent in the "
                             + "subscribe command). Empty: whatever the PBX sends the logged-in user.")
    private String wsiExtensions;

    @UriParam(label = "consumer",
              defaultValue = "true",
              description = "eventChannel wsi: after a reconnect (events sent while the socket was down are lost) "
                             + "route a gap exchange (CamelPortsipEventType gap) whose body is the PBX's current "
                             + "session list (GET /api/sessions, logged in as username), so the route can reconcile; "
                             + "false: the gap exchange has no body.")
    private boolean reconcileOnReconnect = true;

    @UriParam(label = "consumer",
              defaultValue = "127.0.0.1",
              description = "Interface the webhook receiver listens on: the loopback interface by default (a reverse "
                             + "proxy in front of it, or platformHttp); 0.0.0.0 to listen on every interface.")
    private String webhookHost = "127.0.0.1";

    @UriParam(label = "consumer",
              defaultValue = "false",
              description = "Serve the webhook on Camel's platform-http -- the application's own HTTP server, with its "
                             + "port, TLS and security -- at webhookPath, instead of a port of its own (webhookHost and "
                             + "webhookPort are then not used). Needs a platform-http engine on the classpath "
                             + "(camel-platform-http-starter, camel-platform-http-vertx).")
    private boolean webhookPlatformHttp;

    @UriParam(label = "consumer",
              defaultValue = "8080",
              description = "Port the webhook receiver listens on (consumers on the same host and port share one "
                             + "server).")
    private int webhookPort = 8080;

    @UriParam(label = "consumer",
              defaultValue = "/portsip/events",
              description = "Path of the webhook; the PBX's Event URL is http(s)://{this "
                             + "host}:{webhookPort}{webhookPath}.")
    private String webhookPath = "/portsip/events";

    @UriParam(label = "consumer,security",
              enums = "NONE,BASIC,BEARER,HMAC",
              description = "How the PBX authenticates its webhook calls (the Authentication Method of the Event "
                             + "URL): BASIC or BEARER; HMAC for a relay that signs the body (the PBX itself does not "
                             + "sign); PortSIP's Digest method is not supported. Required with eventChannel webhook: "
                             + "the consumer refuses to start without it; NONE must be set explicitly (and is logged at "
                             + "WARN).")
    private WebhookAuth webhookAuth;

    @UriParam(label = "consumer,security",
              description = "webhookAuth HMAC: the shared secret the hex HMAC-SHA256 of the body is keyed with.",
              secret = true)
    private String webhookHmacSecret;

    @UriParam(label = "consumer,security",
              defaultValue = "X-Signature",
              description = "webhookAuth HMAC: the header carrying the hex HMAC-SHA256 signature of the body.")
    private String webhookHmacHeader = "X-Signature";

    @UriParam(label = "consumer,security",
              description = "Expected user name of Basic webhook authentication.",
              secret = true)
    private String webhookUsername;

    @UriParam(label = "consumer,security",
              description = "Expected password of Basic webhook authentication.",
              secret = true)
    private String webhookPassword;

    @UriParam(label = "consumer,security",
              description = "Expected token of Bearer webhook authentication.",
              secret = true)
    private String webhookBearerToken;

    @UriParam(label = "consumer,advanced",
              defaultValue = "1048576",
              description = "Largest webhook body accepted, in bytes (larger: HTTP 413).")
    private int webhookMaxBodySize = 1_048_576;

    @UriParam(label = "consumer,advanced",
              defaultValue = "30s",
              javaType = "java.time.Duration",
              description = "How long the route may take to process an event before the PBX gets HTTP 503 (and "
                             + "retries).")
    private long webhookProcessingTimeout = 30_000;

    @UriParam(label = "consumer",
              description = "Comma-separated event types to route (e.g. call_start,call_cdr); others are "
                             + "acknowledged and dropped. Empty: all.")
    private String eventTypes;

    @UriParam(label = "consumer,advanced",
              description = "Repository of the event UUIDs already processed (de-duplication of the PBX's "
                             + "at-least-once delivery). Default: an in-memory repository of idempotentCacheSize "
                             + "entries.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer,advanced",
              defaultValue = "10000",
              description = "Size of the default in-memory repository of processed event UUIDs.")
    private int idempotentCacheSize = 10_000;

    @UriParam(label = "security", description = "Camel's TLS configuration (key and trust managers, protocols, cipher"
            + " suites) of the connections to the PBX; it takes precedence over the trust-store options. With the"
            + " component's useGlobalSslContextParameters, the Camel context's global one applies to endpoints"
            + " without their own.")
    private SSLContextParameters sslContextParameters;

    /** The operation: a PortSIP call control request (producer) or events (consumer). */
    public PortsipOperation getOperation() {
        return operation;
    }

    public void setOperation(PortsipOperation operation) {
        this.operation = operation;
    }

    /**
     * The PBX REST API root, e.g. https://pbx.example.com:8887/api (the port depends on the PortSIP release: 8887 on
     * v22, 8899/8900 before). Required by producers.
     */
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * PBX user that logs in for the access token (system administrator, tenant administrator or extension). Required
     * by every producer operation but initiate_directly.
     */
    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Password of the user that logs in. */
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Tenant SIP domain sent with the login (domain form field) of a tenant or extension user; leave empty for a
     * system administrator.
     */
    public String getLoginDomain() {
        return loginDomain;
    }

    public void setLoginDomain(String loginDomain) {
        this.loginDomain = loginDomain;
    }

    /** OAuth client_id of the login (the one of PortSIP's web portal by default). */
    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** OAuth scope of the login. */
    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    /**
     * Refresh the access token this long before it expires (with the refresh_token grant; a failed refresh logs in
     * again).
     */
    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    /** Trust store (file path) with the PBX's certificate authority, instead of the JVM default trust. */
    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    /** Password of the trust store. */
    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    /** Type of the trust store. */
    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trustStoreType;
    }

    /** Accept any TLS certificate and host name of the PBX. Only for labs and tests: logs a WARN on every start. */
    public boolean isTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
    }

    /** Connect timeout of requests to the PBX. */
    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** How long to wait for the PBX's answer to a request (then a CallControlTimeoutException). */
    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /**
     * The call session id in the URL of destroy, hold, unhold, refer and attended_refer. In hold, unhold and refer,
     * 1 means the last call of extensionNumber.
     */
    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    /**
     * extension_number: for initiate_directly the extension whose password authenticates the request; for hold,
     * unhold, refer and attended_refer the extension whose call leg is acted on (an extension or a PSTN number).
     */
    public String getExtensionNumber() {
        return extensionNumber;
    }

    public void setExtensionNumber(String extensionNumber) {
        this.extensionNumber = extensionNumber;
    }

    /**
     * initiate_directly: the password of extensionNumber (wire parameter password), which replaces the access token.
     */
    public String getExtensionPassword() {
        return extensionPassword;
    }

    public void setExtensionPassword(String extensionPassword) {
        this.extensionPassword = extensionPassword;
    }

    /** initiate, initiate_directly: the caller number, an extension or a PSTN number. */
    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    /** initiate, initiate_directly: the callee number, an extension or a PSTN number. */
    public String getCallee() {
        return callee;
    }

    public void setCallee(String callee) {
        this.callee = callee;
    }

    /** initiate_directly: the SIP domain of the tenant. */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /**
     * initiate, initiate_directly: include the SDP in the INVITE that starts the call (send_sdp; required by the
     * PBX, no default).
     */
    public Boolean getSendSdp() {
        return sendSdp;
    }

    public void setSendSdp(Boolean sendSdp) {
        this.sendSdp = sendSdp;
    }

    /** initiate, initiate_directly: the display name of the caller. */
    public String getCallerDisplayName() {
        return callerDisplayName;
    }

    public void setCallerDisplayName(String callerDisplayName) {
        this.callerDisplayName = callerDisplayName;
    }

    /** initiate, initiate_directly: route the call through this trunk; the call fails if the trunk is not available. */
    public String getTrunk() {
        return trunk;
    }

    public void setTrunk(String trunk) {
        this.trunk = trunk;
    }

    /** initiate, initiate_directly: for calls sent to a trunk, the user of the From header (the outbound caller ID). */
    public String getRewriteFrom() {
        return rewriteFrom;
    }

    public void setRewriteFrom(String rewriteFrom) {
        this.rewriteFrom = rewriteFrom;
    }

    /** initiate, initiate_directly: for calls sent to a trunk, the user of the P-Asserted-Identity header. */
    public String getRewritePai() {
        return rewritePai;
    }

    public void setRewritePai(String rewritePai) {
        this.rewritePai = rewritePai;
    }

    /** initiate, initiate_directly: for calls sent to a trunk, the user of the Remote-Party-ID header. */
    public String getRewriteRpi() {
        return rewriteRpi;
    }

    public void setRewriteRpi(String rewriteRpi) {
        this.rewriteRpi = rewriteRpi;
    }

    /** initiate, initiate_directly: free information stored with the call in its CDR (user_data). */
    public String getUserData() {
        return userData;
    }

    public void setUserData(String userData) {
        this.userData = userData;
    }

    /**
     * initiate, initiate_directly: SIP header (RFC 5373) to add to the INVITE: ANSWER_MODE (Answer-Mode), CALL_INFO
     * (Call-Info answer-after=0), ALERT_INFO_AUTO_ANSWER_DELAY0 (Alert-Info info=alert-autoanswer;delay=0),
     * ALERT_INFO_AUTO_ANSWER (Alert-Info info=Auto Answer), ALERT_INFO_INTERCOM (Alert-Info info=intercom).
     */
    public AdditionalHeader getAdditionalHeader() {
        return additionalHeader;
    }

    public void setAdditionalHeader(AdditionalHeader additionalHeader) {
        this.additionalHeader = additionalHeader;
    }

    /**
     * initiate, initiate_directly: which party's INVITE receives additionalHeader (header_direction; ignored without
     * additionalHeader).
     */
    public HeaderDirection getHeaderDirection() {
        return headerDirection;
    }

    public void setHeaderDirection(HeaderDirection headerDirection) {
        this.headerDirection = headerDirection;
    }

    /** refer: the number the call is transferred to (refer_to). */
    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    /** attended_refer: session id of the first call leg of extensionNumber (session_1), or 0 to find it by referTo1. */
    public String getSession1() {
        return session1;
    }

    public void setSession1(String session1) {
        this.session1 = session1;
    }

    /** attended_refer: the number on the other side of the first call leg (refer_to_1), used when session1 is 0. */
    public String getReferTo1() {
        return referTo1;
    }

    public void setReferTo1(String referTo1) {
        this.referTo1 = referTo1;
    }

    /**
     * attended_refer: session id of the second call leg of extensionNumber (session_2), or 0 to find it by referTo2.
     */
    public String getSession2() {
        return session2;
    }

    public void setSession2(String session2) {
        this.session2 = session2;
    }

    /** attended_refer: the number on the other side of the second call leg (refer_to_2), used when session2 is 0. */
    public String getReferTo2() {
        return referTo2;
    }

    public void setReferTo2(String referTo2) {
        this.referTo2 = referTo2;
    }

    /** Interface the webhook receiver listens on. */
    public String getWebhookHost() {
        return webhookHost;
    }

    public void setWebhookHost(String webhookHost) {
        this.webhookHost = webhookHost;
    }

    /** Port the webhook receiver listens on (consumers on the same host and port share one server). */
    public int getWebhookPort() {
        return webhookPort;
    }

    public void setWebhookPort(int webhookPort) {
        this.webhookPort = webhookPort;
    }

    /**
     * Path of the webhook; the PBX's Event URL is http(s)://{this
     * host}:{webhookPort}{webhookPath}.
     */
    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    /**
     * How the PBX authenticates its webhook calls (the Authentication Method of the Event URL). PortSIP's Digest
     * method is not supported: use Basic or Bearer.
     */
    public WebhookAuth getWebhookAuth() {
        return webhookAuth;
    }

    public void setWebhookAuth(WebhookAuth webhookAuth) {
        this.webhookAuth = webhookAuth;
    }

    /** Serve the webhook on Camel's platform-http instead of a port of its own. */
    public boolean isWebhookPlatformHttp() {
        return webhookPlatformHttp;
    }

    public void setWebhookPlatformHttp(boolean webhookPlatformHttp) {
        this.webhookPlatformHttp = webhookPlatformHttp;
    }

    /** webhookAuth HMAC: the shared secret the hex HMAC-SHA256 of the body is keyed with. */
    public String getWebhookHmacSecret() {
        return webhookHmacSecret;
    }

    public void setWebhookHmacSecret(String webhookHmacSecret) {
        this.webhookHmacSecret = webhookHmacSecret;
    }

    /** webhookAuth HMAC: the header carrying the hex signature of the body. */
    public String getWebhookHmacHeader() {
        return webhookHmacHeader;
    }

    public void setWebhookHmacHeader(String webhookHmacHeader) {
        this.webhookHmacHeader = webhookHmacHeader;
    }

    /** Expected user name of Basic webhook authentication. */
    public String getWebhookUsername() {
        return webhookUsername;
    }

    public void setWebhookUsername(String webhookUsername) {
        this.webhookUsername = webhookUsername;
    }

    /** Expected password of Basic webhook authentication. */
    public String getWebhookPassword() {
        return webhookPassword;
    }

    public void setWebhookPassword(String webhookPassword) {
        this.webhookPassword = webhookPassword;
    }

    /** Expected token of Bearer webhook authentication. */
    public String getWebhookBearerToken() {
        return webhookBearerToken;
    }

    public void setWebhookBearerToken(String webhookBearerToken) {
        this.webhookBearerToken = webhookBearerToken;
    }

    /** Largest webhook body accepted, in bytes (larger: HTTP 413). */
    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    /** How long the route may take to process an event before the PBX gets HTTP 503 (and retries). */
    public long getWebhookProcessingTimeout() {
        return webhookProcessingTimeout;
    }

    public void setWebhookProcessingTimeout(long webhookProcessingTimeout) {
        this.webhookProcessingTimeout = webhookProcessingTimeout;
    }

    /**
     * Comma-separated event types to route (e.g. call_start,call_cdr); others are acknowledged and dropped. Empty:
     * all.
     */
    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    /**
     * Repository of the event UUIDs already processed (de-duplication of the PBX's at-least-once delivery). Default:
     * an in-memory repository of idempotentCacheSize entries.
     */
    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    /** Size of the default in-memory repository of processed event UUIDs. */
    public int getIdempotentCacheSize() {
        return idempotentCacheSize;
    }

    public void setIdempotentCacheSize(int idempotentCacheSize) {
        this.idempotentCacheSize = idempotentCacheSize;
    }

    /** A copy for an endpoint (the component's configuration stays untouched). */
    public PortsipConfiguration copy() {
        try {
            return (PortsipConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
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

    public boolean isReconcileOnReconnect() {
        return reconcileOnReconnect;
    }

    public void setReconcileOnReconnect(boolean reconcileOnReconnect) {
        this.reconcileOnReconnect = reconcileOnReconnect;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
