package io.callcontrol.camel.portasip.springboot;

import org.apache.camel.spi.IdempotentRepository;
import io.callcontrol.core.event.StaleEvents;
import io.callcontrol.camel.portasip.PortasipConfiguration;
import io.callcontrol.camel.portasip.api.CalleeAnswerMode;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiInvoker;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiTransport;
import io.callcontrol.core.webhook.WebhookAuth;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PortaSIP Call Control: originate, answer, terminate, hold, transfer and join calls, IVR prompts and DTMF, on-spot
 * conferences over the Call Control WebSocket, and live call events (call control notifications and state
 * callbacks). Spring Boot properties {@code camel.component.portasip.*}: one per component option of the catalog,
 * with its description and default. Secret options (accessToken, login, password, token, trustStorePassword,
 * webhookPassword, webhookToken, webhookUrlTokenSecret, webhookUsername) are never logged by the starter, and this class has no toString
 * method.
 */
@ConfigurationProperties(prefix = "camel.component.portasip")
public class PortasipComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the portasip component. This is enabled by default.
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
     * state_callback: repository of the de-duplication keys of the callbacks routed (call id, tag, state and the
     * state's times, from the body): a callback PortaSIP POSTs again is answered 200 and not routed twice; a failed
     * route forgets its key, so the retry is processed. Default: an in-memory repository of idempotentCacheSize
     * entries. The option is a org.apache.camel.spi.IdempotentRepository type (a bean reference such as
     * #bean:myBean).
     */
    private IdempotentRepository idempotentRepository;

    /**
     * state_callback: entries of the default in-memory de-duplication repository.
     */
    private Integer idempotentCacheSize = 10000;

    /**
     * Component-wide configuration; endpoint options override it. The option is a
     * io.callcontrol.camel.portasip.PortasipConfiguration type (a bean reference such as #bean:myBean).
     */
    private PortasipConfiguration configuration;

    /**
     * i_account: the extension (account) to subscribe to or list calls of.
     */
    private Long iAccount;

    /**
     * i_customer: the PBX environment (customer) to subscribe to or list calls of.
     */
    private Long iCustomer;

    /**
     * i_ivr_an: the access number of a custom IVR application to subscribe to or list calls of.
     */
    private Long iIvrAn;

    /**
     * i_main_office: the main or branch office to subscribe to or list calls of.
     */
    private Long iMainOffice;

    /**
     * The JSON API base URL (https://{web-server}:{port}, requests go to /rest/{service}/{method}/) for the
     * JSON API methods; derived from webSocketUrl (same host and port) when not set.
     */
    private String jsonApiUrl;

    /**
     * How long a request waits for its answer, in milliseconds, before it fails with CallControlTimeoutException
     * (also while the connection is being re-established).
     */
    private Long requestTimeout = 10000L;

    /**
     * The Call Control API WebSocket URL, wss://{web-server}:{port}/ws (port 443 administrators, 8442
     * resellers, 8444 customers, 8445 accounts).
     */
    private String webSocketUrl;

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
     * state_callback consumer: the name producers refer to with stateCallbackEndpoint.
     */
    private String callbackId = "default";

    /**
     * Also emit an exchange for every connection state change (CONNECTING, CONNECTED, DISCONNECTED, FAILED).
     */
    private Boolean connectionEvents = false;

    /**
     * state_callback consumer: public base URL PortaSIP reaches the receiver at (behind a proxy or NAT), e.g.
     * https://hooks.example.com; the path is appended.
     */
    private String publicBaseUrl;

    /**
     * After a reconnect, list the calls with get_sip_calls_list and emit those whose state changed during the gap
     * (and a terminated event for calls that disappeared).
     */
    private Boolean reconcileOnReconnect = true;

    /**
     * Share the Call Control connection with every endpoint of the same server and credentials. PortaSIP does not
     * say which subscription a notification belongs to, so consumers on one connection each receive the
     * notifications of all its subscriptions; false gives this consumer a WebSocket and session of its own,
     * carrying only its own subscription.
     */
    private Boolean sharedConnection = true;

    /**
     * state_callback consumer: host the webhook receiver binds to: the loopback interface by default (a reverse proxy
     * in front of it, see publicBaseUrl); 0.0.0.0 to listen on every interface.
     */
    private String webhookHost = "127.0.0.1";

    /**
     * state_callback consumer: largest body accepted, in bytes (larger ones are answered 413 and never reach the
     * route).
     */
    private Integer webhookMaxBodySize = 1048576;

    /**
     * state_callback consumer: path of this consumer on the receiver (default
     * /portasip/state-callback/{callbackId}).
     */
    private String webhookPath;

    /**
     * state_callback consumer: serve the callbacks on Camel's platform-http -- the application's own HTTP server,
     * with its port, TLS and security -- at the consumer's path, instead of the shared receiver's port (webhookHost
     * and webhookPort are then not used; publicBaseUrl is required). Needs a platform-http engine on the classpath
     * (camel-platform-http-starter, camel-platform-http-vertx).
     */
    private Boolean webhookPlatformHttp = false;

    /**
     * state_callback consumer: port of the shared webhook receiver (0 picks a free port).
     */
    private Integer webhookPort = 8480;

    /**
     * bill_id of originate_advanced_call: the account to charge.
     */
    private String billId;

    /**
     * callee_answer_mode of answer_call.
     */
    private CalleeAnswerMode calleeAnswerMode;

    /**
     * callee_auto_pickup of originate_advanced_call: ask the caller's UA to auto-answer (Y/N on the wire).
     */
    private Boolean calleeAutoPickup;

    /**
     * callee_id of originate_advanced_call: the destination (leg B).
     */
    private String calleeId;

    /**
     * caller_id of originate_advanced_call: the number called first (leg A).
     */
    private String callerId;

    /**
     * call.id: the call to act on (answer, terminate, hold, transfer, IVR methods, join_calls).
     */
    private String callId;

    /**
     * call.tag: the remote tag of the call part to act on.
     */
    private String callTag;

    /**
     * cld of transfer_call: the phone number of the transfer target.
     */
    private String cld;

    /**
     * conference_info.name of the on-spot conference methods (max 64 characters).
     */
    private String conferenceName;

    /**
     * conference_info.owner_id: the account owning the conference room.
     */
    private String conferenceOwnerId;

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
     * order of play_prompt / stop_play_prompt: prompt playback order, 2 or 3 (PortaSIP default 2).
     */
    private Integer order;

    /**
     * participant_info.participant_id of update/delete_on_spot_conference_participant.
     */
    private Integer participantId;

    /**
     * url of play_prompt: the prompt URL without file extension (.au / .g729 files).
     */
    private String promptUrl;

    /**
     * repeat of play_prompt: times to play the prompt, -1 forever (PortaSIP default 1).
     */
    private Integer repeat;

    /**
     * state_callback of originate_advanced_call: the URL PortaSIP POSTs the call status (SIPCallInfo) to.
     */
    private String stateCallback;

    /**
     * Name (callbackId) of a running portasip:state_callback consumer; originate_advanced_call then sends that
     * consumer's public URL as state_callback.
     */
    private String stateCallbackEndpoint;

    /**
     * state_callback_events of originate_advanced_call, comma separated (PortaSIP default: terminated).
     */
    private String stateCallbackEvents;

    /**
     * to_call.id of join_calls.
     */
    private String toCallId;

    /**
     * to_call.tag of join_calls.
     */
    private String toCallTag;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Timeout of one WebSocket connect attempt, in milliseconds.
     */
    private Long connectTimeout = 10000L;

    /**
     * Carries the JSON API methods (HTTPS /rest/{service}/{method}/), one session per distinct server and
     * credentials; created by the component when none is set or found in the registry. The option is a
     * io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiInvoker type (a bean reference such as
     * #bean:myBean).
     */
    private PortasipJsonApiInvoker jsonApiInvoker;

    /**
     * How JSON API requests are sent: form (form fields auth_info and params, as documented) or json (Bearer token
     * and a JSON body, newer releases).
     */
    private PortasipJsonApiTransport jsonApiTransport = PortasipJsonApiTransport.form;

    /**
     * Consecutive failed reconnect attempts before giving up (the health check then reports DOWN until a restart);
     * 0 means retry forever.
     */
    private Integer maxReconnectAttempts = 0;

    /**
     * Consecutive refused logins (Session.login answered with an error, whatever its code) before the Call Control
     * connection stops reconnecting: the health check then reports DOWN with the reason until the credentials are
     * fixed and the route or context restarted; 0 means retry forever.
     */
    private Integer maxAuthenticationAttempts = 3;

    /**
     * Delay before the first reconnect attempt after the WebSocket dropped, in milliseconds; it doubles on every
     * failed attempt.
     */
    private Long reconnectInitialDelay = 500L;

    /**
     * Upper bound of the reconnect backoff, in milliseconds.
     */
    private Long reconnectMaxDelay = 30000L;

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
     * JSON API default of the conference name (get_conf_info by name); header CamelPortasipConfName and the body
     * win.
     */
    private String confName;

    /**
     * JSON API dry run: sends aux_info {dry_run:1}, so the server checks the request without executing it (header
     * CamelPortasipDryRun wins).
     */
    private Boolean dryRun = false;

    /**
     * JSON API default of greeting_type (voicemail greetings); header CamelPortasipGreetingType and the body win.
     */
    private String greetingType;

    /**
     * JSON API default of i_conf (conference id); header CamelPortasipIConf and the body win.
     */
    private Integer iConf;

    /**
     * JSON API default of i_entry (dial directory entry id); header CamelPortasipIEntry and the body win.
     */
    private Integer iEntry;

    /**
     * JSON API default of i_menu (auto attendant menu id); header CamelPortasipIMenu and the body win.
     */
    private Integer iMenu;

    /**
     * JSON API default of i_menu_transition; header CamelPortasipIMenuTransition and the body win.
     */
    private Integer iMenuTransition;

    /**
     * JSON API default of prompt_type (menu and conference prompts); header CamelPortasipPromptType and the body
     * win.
     */
    private String promptType;

    /**
     * JSON API service of the method (Session, Voicemail, SMPreferences, AutoAttendant, Conference,
     * DialDirectory, ...). Known from the method for the methods this component lists; set it to call a JSON
     * API method it does not list: portasip:{method} with service={Service}.
     */
    private String service;

    /**
     * JSON API default of the menu transition event; header CamelPortasipTransitionEvent and the body win.
     */
    private String transitionEvent;

    /**
     * JSON API: log in once and reuse session_id in auth_info (as the vendor recommends); false sends login and
     * password with every request.
     */
    private Boolean useSession = true;

    /**
     * JSON API: check uploaded prompts and greetings before sending (.au must be G.711 u-law, .g729 raw frames are
     * passed unchecked).
     */
    private Boolean validateAudio = true;

    /**
     * JSON API: a ready access token (JWT) sent as Bearer / auth_info.access_token instead of logging in.
     */
    private String accessToken;

    /**
     * Media server domain (billing environment) the login belongs to.
     */
    private String domain;

    /**
     * Login (account ID, customer or user login) for Session.login and auth_info.
     */
    private String login;

    /**
     * Password for Session.login. With a password the connection opens a session and sends its session_id in
     * auth_info.
     */
    private String password;

    /**
     * API token: sent with the login in auth_info (login-API token authentication pair) when no password is set.
     */
    private String token;

    /**
     * Accept any TLS certificate and host name (test labs only; logs a warning).
     */
    private Boolean trustAllCertificates = false;

    /**
     * Trust store file for wss:// (PKCS12 unless trustStoreType says otherwise); the JVM default trust when not
     * set.
     */
    private String trustStore;

    /**
     * Password of the trust store.
     */
    private String trustStorePassword;

    /**
     * Type of the trust store (PKCS12, JKS).
     */
    private String trustStoreType;

    /**
     * state_callback consumer: how the sender authenticates. Required: the consumer refuses to start without it; NONE
     * must be set explicitly (logged at WARN). PortaSIP is given a URL and sends no header of its own: TOKEN puts a
     * secret token generated by the component (never a password) in the query of every state_callback URL handed to
     * PortaSIP, and verifies it in constant time. BEARER, BASIC and HMAC (headers a proxy in front adds) accept that
     * URL token too.
     */
    private WebhookAuth webhookAuth;

    /**
     * state_callback consumer: the key the URL tokens (webhookAuth other than NONE) are made and verified with.
     * Default: a random key per consumer start -- callbacks of calls originated before a restart are then refused
     * 401; set it to keep them valid.
     */
    private String webhookUrlTokenSecret;

    /**
     * state_callback consumer: expected Basic password.
     */
    private String webhookPassword;

    /**
     * state_callback consumer: expected Bearer token, or the HMAC secret.
     */
    private String webhookToken;

    /**
     * state_callback consumer: expected Basic user name.
     */
    private String webhookUsername;

    public PortasipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PortasipConfiguration configuration) {
        this.configuration = configuration;
    }

    public Long getIAccount() {
        return iAccount;
    }

    public void setIAccount(Long iAccount) {
        this.iAccount = iAccount;
    }

    public Long getICustomer() {
        return iCustomer;
    }

    public void setICustomer(Long iCustomer) {
        this.iCustomer = iCustomer;
    }

    public Long getIIvrAn() {
        return iIvrAn;
    }

    public void setIIvrAn(Long iIvrAn) {
        this.iIvrAn = iIvrAn;
    }

    public Long getIMainOffice() {
        return iMainOffice;
    }

    public void setIMainOffice(Long iMainOffice) {
        this.iMainOffice = iMainOffice;
    }

    public String getJsonApiUrl() {
        return jsonApiUrl;
    }

    public void setJsonApiUrl(String jsonApiUrl) {
        this.jsonApiUrl = jsonApiUrl;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getWebSocketUrl() {
        return webSocketUrl;
    }

    public void setWebSocketUrl(String webSocketUrl) {
        this.webSocketUrl = webSocketUrl;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getCallbackId() {
        return callbackId;
    }

    public void setCallbackId(String callbackId) {
        this.callbackId = callbackId;
    }

    public Boolean getConnectionEvents() {
        return connectionEvents;
    }

    public void setConnectionEvents(Boolean connectionEvents) {
        this.connectionEvents = connectionEvents;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public Boolean getReconcileOnReconnect() {
        return reconcileOnReconnect;
    }

    public void setReconcileOnReconnect(Boolean reconcileOnReconnect) {
        this.reconcileOnReconnect = reconcileOnReconnect;
    }

    public Boolean getSharedConnection() {
        return sharedConnection;
    }

    public void setSharedConnection(Boolean sharedConnection) {
        this.sharedConnection = sharedConnection;
    }

    public String getWebhookHost() {
        return webhookHost;
    }

    public void setWebhookHost(String webhookHost) {
        this.webhookHost = webhookHost;
    }

    public Integer getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(Integer webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
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

    public String getBillId() {
        return billId;
    }

    public void setBillId(String billId) {
        this.billId = billId;
    }

    public CalleeAnswerMode getCalleeAnswerMode() {
        return calleeAnswerMode;
    }

    public void setCalleeAnswerMode(CalleeAnswerMode calleeAnswerMode) {
        this.calleeAnswerMode = calleeAnswerMode;
    }

    public Boolean getCalleeAutoPickup() {
        return calleeAutoPickup;
    }

    public void setCalleeAutoPickup(Boolean calleeAutoPickup) {
        this.calleeAutoPickup = calleeAutoPickup;
    }

    public String getCalleeId() {
        return calleeId;
    }

    public void setCalleeId(String calleeId) {
        this.calleeId = calleeId;
    }

    public String getCallerId() {
        return callerId;
    }

    public void setCallerId(String callerId) {
        this.callerId = callerId;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getCallTag() {
        return callTag;
    }

    public void setCallTag(String callTag) {
        this.callTag = callTag;
    }

    public String getCld() {
        return cld;
    }

    public void setCld(String cld) {
        this.cld = cld;
    }

    public String getConferenceName() {
        return conferenceName;
    }

    public void setConferenceName(String conferenceName) {
        this.conferenceName = conferenceName;
    }

    public String getConferenceOwnerId() {
        return conferenceOwnerId;
    }

    public void setConferenceOwnerId(String conferenceOwnerId) {
        this.conferenceOwnerId = conferenceOwnerId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getOrder() {
        return order;
    }

    public void setOrder(Integer order) {
        this.order = order;
    }

    public Integer getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Integer participantId) {
        this.participantId = participantId;
    }

    public String getPromptUrl() {
        return promptUrl;
    }

    public void setPromptUrl(String promptUrl) {
        this.promptUrl = promptUrl;
    }

    public Integer getRepeat() {
        return repeat;
    }

    public void setRepeat(Integer repeat) {
        this.repeat = repeat;
    }

    public String getStateCallback() {
        return stateCallback;
    }

    public void setStateCallback(String stateCallback) {
        this.stateCallback = stateCallback;
    }

    public String getStateCallbackEndpoint() {
        return stateCallbackEndpoint;
    }

    public void setStateCallbackEndpoint(String stateCallbackEndpoint) {
        this.stateCallbackEndpoint = stateCallbackEndpoint;
    }

    public String getStateCallbackEvents() {
        return stateCallbackEvents;
    }

    public void setStateCallbackEvents(String stateCallbackEvents) {
        this.stateCallbackEvents = stateCallbackEvents;
    }

    public String getToCallId() {
        return toCallId;
    }

    public void setToCallId(String toCallId) {
        this.toCallId = toCallId;
    }

    public String getToCallTag() {
        return toCallTag;
    }

    public void setToCallTag(String toCallTag) {
        this.toCallTag = toCallTag;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public PortasipJsonApiInvoker getJsonApiInvoker() {
        return jsonApiInvoker;
    }

    public void setJsonApiInvoker(PortasipJsonApiInvoker jsonApiInvoker) {
        this.jsonApiInvoker = jsonApiInvoker;
    }

    public PortasipJsonApiTransport getJsonApiTransport() {
        return jsonApiTransport;
    }

    public void setJsonApiTransport(PortasipJsonApiTransport jsonApiTransport) {
        this.jsonApiTransport = jsonApiTransport;
    }

    public Integer getMaxAuthenticationAttempts() {
        return maxAuthenticationAttempts;
    }

    public void setMaxAuthenticationAttempts(Integer maxAuthenticationAttempts) {
        this.maxAuthenticationAttempts = maxAuthenticationAttempts;
    }

    public Integer getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    public void setMaxReconnectAttempts(Integer maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    public Long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public void setReconnectInitialDelay(Long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public Long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(Long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
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

    public String getConfName() {
        return confName;
    }

    public void setConfName(String confName) {
        this.confName = confName;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getGreetingType() {
        return greetingType;
    }

    public void setGreetingType(String greetingType) {
        this.greetingType = greetingType;
    }

    public Integer getIConf() {
        return iConf;
    }

    public void setIConf(Integer iConf) {
        this.iConf = iConf;
    }

    public Integer getIEntry() {
        return iEntry;
    }

    public void setIEntry(Integer iEntry) {
        this.iEntry = iEntry;
    }

    public Integer getIMenu() {
        return iMenu;
    }

    public void setIMenu(Integer iMenu) {
        this.iMenu = iMenu;
    }

    public Integer getIMenuTransition() {
        return iMenuTransition;
    }

    public void setIMenuTransition(Integer iMenuTransition) {
        this.iMenuTransition = iMenuTransition;
    }

    public String getPromptType() {
        return promptType;
    }

    public void setPromptType(String promptType) {
        this.promptType = promptType;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getTransitionEvent() {
        return transitionEvent;
    }

    public void setTransitionEvent(String transitionEvent) {
        this.transitionEvent = transitionEvent;
    }

    public Boolean getUseSession() {
        return useSession;
    }

    public void setUseSession(Boolean useSession) {
        this.useSession = useSession;
    }

    public Boolean getValidateAudio() {
        return validateAudio;
    }

    public void setValidateAudio(Boolean validateAudio) {
        this.validateAudio = validateAudio;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public WebhookAuth getWebhookAuth() {
        return webhookAuth;
    }

    public void setWebhookAuth(WebhookAuth webhookAuth) {
        this.webhookAuth = webhookAuth;
    }

    public String getWebhookPassword() {
        return webhookPassword;
    }

    public void setWebhookPassword(String webhookPassword) {
        this.webhookPassword = webhookPassword;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public String getWebhookUsername() {
        return webhookUsername;
    }

    public void setWebhookUsername(String webhookUsername) {
        this.webhookUsername = webhookUsername;
    }

    public String getWebhookUrlTokenSecret() {
        return webhookUrlTokenSecret;
    }

    public void setWebhookUrlTokenSecret(String webhookUrlTokenSecret) {
        this.webhookUrlTokenSecret = webhookUrlTokenSecret;
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

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Integer getIdempotentCacheSize() {
        return idempotentCacheSize;
    }

    public void setIdempotentCacheSize(Integer idempotentCacheSize) {
        this.idempotentCacheSize = idempotentCacheSize;
    }
}
