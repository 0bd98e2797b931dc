package io.callcontrol.camel.portasip;

import io.callcontrol.camel.portasip.api.CalleeAnswerMode;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiTransport;
import io.callcontrol.core.webhook.WebhookAuth;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spi.UriParams;

/**
 * Options of the PortaSIP component and its endpoints. Per message, a header overrides the endpoint option, which
 * overrides the component option.
 */
@UriParams
public class PortasipConfiguration extends io.callcontrol.core.camel.CallEventOptions implements Cloneable {

    // ---- connection -------------------------------------------------------------------------------------
    @UriParam(label = "common", description = "The Call Control API WebSocket URL, wss://{web-server}:{port}/ws"
            + " (port 443 administrators, 8442 resellers, 8444 customers, 8445 accounts).")
    private String webSocketUrl;
    @UriParam(label = "common", description = "The JSON API base URL (https://{web-server}:{port}, requests go to"
            + " /rest/{service}/{method}/) for the JSON API methods; derived from webSocketUrl (same host and port)"
            + " when not set.")
    private String jsonApiUrl;
    @UriParam(label = "advanced", defaultValue = "form", enums = "form,json", description = "How JSON API requests"
            + " are sent: form (form fields auth_info and params, as documented) or json (Bearer token and a JSON"
            + " body, newer releases).")
    private PortasipJsonApiTransport jsonApiTransport = PortasipJsonApiTransport.form;
    // ---- JSON API --------------------------------------------------------------------------------------
    @UriParam(label = "producer,jsonapi", description = "JSON API service of the method (Session, Voicemail,"
            + " SMPreferences, AutoAttendant, Conference, DialDirectory, ...). Known from the method for the methods"
            + " this component lists; set it to call a JSON API method it does not list: portasip:{method} with service={Service}.")
    private String service;
    @UriParam(label = "producer,jsonapi", defaultValue = "false", description = "JSON API dry run: sends aux_info"
            + " {\"dry_run\":1}, so the server checks the request without executing it (header CamelPortasipDryRun wins).")
    private boolean dryRun;
    @UriParam(label = "security", secret = true, description = "JSON API: a ready access token (JWT) sent as"
            + " Bearer / auth_info.access_token instead of logging in.")
    private String accessToken;
    @UriParam(label = "producer,jsonapi", defaultValue = "true", description = "JSON API: log in once and reuse"
            + " session_id in auth_info (as the vendor recommends); false sends login and password with every request.")
    private boolean useSession = true;
    @UriParam(label = "producer,jsonapi", defaultValue = "true", description = "JSON API: check uploaded prompts and"
            + " greetings before sending (.au must be G.711 u-law, .g729 raw frames are passed unchecked).")
    private boolean validateAudio = true;
    @UriParam(label = "producer,jsonapi", description = "JSON API default of i_menu (auto attendant menu id);"
            + " header CamelPortasipIMenu and the body win.")
    private Integer iMenu;
    @UriParam(label = "producer,jsonapi", description = "JSON API default of i_menu_transition; header"
            + " CamelPortasipIMenuTransition and the body win.")
    private Integer iMenuTransition;
    @UriParam(label = "producer,jsonapi", enums = "0,1,2,3,4,5,6,7,8,9,*,#,Timeout,Not Active,f",
            description = "JSON API default of the menu transition event; header CamelPortasipTransitionEvent and the"
            + " body win.")
    private String transitionEvent;
    @UriParam(label = "producer,jsonapi", description = "JSON API default of i_conf (conference id); header"
            + " CamelPortasipIConf and the body win.")
    private Integer iConf;
    @UriParam(label = "producer,jsonapi", description = "JSON API default of the conference name (get_conf_info by"
            + " name); header CamelPortasipConfName and the body win.")
    private String confName;
    @UriParam(label = "producer,jsonapi", description = "JSON API default of i_entry (dial directory entry id);"
            + " header CamelPortasipIEntry and the body win.")
    private Integer iEntry;
    @UriParam(label = "producer,jsonapi", enums = "intro,menu,disabled,timeout,moh", description = "JSON API default"
            + " of prompt_type (menu and conference prompts); header CamelPortasipPromptType and the body win.")
    private String promptType;
    @UriParam(label = "producer,jsonapi", enums = "standard,extended,personal,name", description = "JSON API default"
            + " of greeting_type (voicemail greetings); header CamelPortasipGreetingType and the body win.")
    private String greetingType;
    @UriParam(javaType = "java.time.Duration", label = "common", defaultValue = "10000", description = "How long a request waits for its answer before it fails with CallControlTimeoutException (also while the connection is being"
            + " re-established).")
    private long requestTimeout = 10000;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "10000", description = "Timeout of one WebSocket connect attempt.")
    private long connectTimeout = 10000;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "500", description = "Delay before the first reconnect attempt"
            + " after the WebSocket dropped; it doubles on every failed attempt.")
    private long reconnectInitialDelay = 500;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "30000", description = "Upper bound of the reconnect backoff.")
    private long reconnectMaxDelay = 30000;
    @UriParam(label = "advanced", defaultValue = "0", description = "Consecutive failed reconnect attempts before"
            + " giving up (the health check then reports DOWN until a restart); 0 means retry forever.")
    private int maxReconnectAttempts;
    @UriParam(label = "advanced", defaultValue = "3", description = "Consecutive refused logins (Session.login"
            + " answered with an error, whatever its code) before the Call Control connection stops reconnecting: the"
            + " health check then reports DOWN with the reason until the credentials are fixed and the route or"
            + " context restarted; 0 means retry forever.")
    private int maxAuthenticationAttempts = 3;

    // ---- security ---------------------------------------------------------------------------------------
    @UriParam(label = "security", secret = true, description = "Login (account ID, customer or user login) for"
            + " Session.login and auth_info.")
    private String login;
    @UriParam(label = "security", secret = true, description = "Password for Session.login. With a password the"
            + " connection opens a session and sends its session_id in auth_info.")
    private String password;
    @UriParam(label = "security", description = "Media server domain (billing environment) the login belongs to.")
    private String domain;
    @UriParam(label = "security", secret = true, description = "API token: sent with the login in auth_info"
            + " (login-API token authentication pair) when no password is set.")
    private String token;
    @UriParam(label = "security", defaultValue = "false", description = "Accept any TLS certificate and host name"
            + " (test labs only; logs a warning).")
    private boolean trustAllCertificates;
    @UriParam(label = "security", description = "Trust store file for wss:// (PKCS12 unless trustStoreType says"
            + " otherwise); the JVM default trust when not set.")
    private String trustStore;
    @UriParam(label = "security", secret = true, description = "Password of the trust store.")
    private String trustStorePassword;
    @UriParam(label = "security", description = "Type of the trust store (PKCS12, JKS).")
    private String trustStoreType;

    // ---- subscription / listing scope -------------------------------------------------------------------
    @UriParam(label = "common", description = "i_account: the extension (account) to subscribe to or list calls"
            + " of.")
    private Long iAccount;
    @UriParam(label = "common", description = "i_customer: the PBX environment (customer) to subscribe to or list"
            + " calls of.")
    private Long iCustomer;
    @UriParam(label = "common", description = "i_main_office: the main or branch office to subscribe to or list"
            + " calls of.")
    private Long iMainOffice;
    @UriParam(label = "common", description = "i_ivr_an: the access number of a custom IVR application to"
            + " subscribe to or list calls of.")
    private Long iIvrAn;

    // ---- producer: call parameters ----------------------------------------------------------------------
    @UriParam(label = "producer", description = "call.id: the call to act on (answer, terminate, hold, transfer,"
            + " IVR methods, join_calls).")
    private String callId;
    @UriParam(label = "producer", description = "call.tag: the remote tag of the call part to act on.")
    private String callTag;
    @UriParam(label = "producer", description = "to_call.id of join_calls.")
    private String toCallId;
    @UriParam(label = "producer", description = "to_call.tag of join_calls.")
    private String toCallTag;
    @UriParam(label = "producer", description = "bill_id of originate_advanced_call: the account to charge.")
    private String billId;
    @UriParam(label = "producer", description = "caller_id of originate_advanced_call: the number called first"
            + " (leg A).")
    private String callerId;
    @UriParam(label = "producer", description = "callee_id of originate_advanced_call: the destination (leg B).")
    private String calleeId;
    @UriParam(label = "producer", description = "callee_auto_pickup of originate_advanced_call: ask the caller's UA"
            + " to auto-answer (Y/N on the wire).")
    private Boolean calleeAutoPickup;
    @UriParam(label = "producer", description = "state_callback of originate_advanced_call: the URL PortaSIP POSTs"
            + " the call status (SIPCallInfo) to.")
    private String stateCallback;
    @UriParam(label = "producer", description = "Name (callbackId) of a running portasip:state_callback consumer;"
            + " originate_advanced_call then sends that consumer's public URL as state_callback.")
    private String stateCallbackEndpoint;
    @UriParam(label = "producer", description = "state_callback_events of originate_advanced_call, comma"
            + " separated (PortaSIP default: terminated).",
              enums = "trying,ringing,early,connected,terminated,held,holding,queued,dequeued")
    private String stateCallbackEvents;
    @UriParam(label = "producer", description = "callee_answer_mode of answer_call.", enums = "notify,reconnect")
    private CalleeAnswerMode calleeAnswerMode;
    @UriParam(label = "producer", description = "cld of transfer_call: the phone number of the transfer target.")
    private String cld;
    @UriParam(label = "producer", description = "url of play_prompt: the prompt URL without file extension"
            + " (.au / .g729 files).")
    private String promptUrl;
    @UriParam(label = "producer", description = "order of play_prompt / stop_play_prompt: prompt playback order,"
            + " 2 or 3 (PortaSIP default 2).", enums = "2,3")
    private Integer order;
    @UriParam(label = "producer", description = "repeat of play_prompt: times to play the prompt, -1 forever"
            + " (PortaSIP default 1).")
    private Integer repeat;
    @UriParam(label = "producer", description = "conference_info.name of the on-spot conference methods (max 64"
            + " characters).")
    private String conferenceName;
    @UriParam(label = "producer", description = "conference_info.owner_id: the account owning the conference room.")
    private String conferenceOwnerId;
    @UriParam(label = "producer", description = "participant_info.participant_id of"
            + " update/delete_on_spot_conference_participant.")
    private Integer participantId;

    // ---- consumers --------------------------------------------------------------------------------------
    @UriParam(label = "consumer", defaultValue = "true", description = "After a reconnect, list the calls with"
            + " get_sip_calls_list and emit those whose state changed during the gap (and a terminated event for"
            + " calls that disappeared).")
    private boolean reconcileOnReconnect = true;
    @UriParam(label = "consumer", defaultValue = "true", description = "Share the Call Control connection with every"
            + " endpoint of the same server and credentials. PortaSIP does not say which subscription a notification"
            + " belongs to, so consumers on one connection each receive the notifications of all its subscriptions;"
            + " false gives this consumer a WebSocket and session of its own, carrying only its own subscription.")
    private boolean sharedConnection = true;
    @UriParam(label = "consumer", defaultValue = "false", description = "Also emit an exchange for every"
            + " connection state change (CONNECTING, CONNECTED, DISCONNECTED, FAILED).")
    private boolean connectionEvents;
    @UriParam(label = "consumer", defaultValue = "default", description = "state_callback consumer: the name"
            + " producers refer to with stateCallbackEndpoint.")
    private String callbackId = "default";
    @UriParam(label = "consumer", defaultValue = "127.0.0.1", description = "state_callback consumer: host the"
            + " webhook receiver binds to: the loopback interface by default (a reverse proxy in front of it, see"
            + " publicBaseUrl); 0.0.0.0 to listen on every interface.")
    private String webhookHost = "127.0.0.1";
    @UriParam(label = "consumer", defaultValue = "8480", description = "state_callback consumer: port of the shared"
            + " webhook receiver (0 picks a free port).")
    private int webhookPort = 8480;
    @UriParam(label = "consumer", defaultValue = "false", description = "state_callback consumer: serve the"
            + " callbacks on Camel's platform-http -- the application's own HTTP server, with its port, TLS and"
            + " security -- at the consumer's path, instead of the shared receiver's port (webhookHost and webhookPort"
            + " are then not used; publicBaseUrl is required). Needs a platform-http engine on the classpath"
            + " (camel-platform-http-starter, camel-platform-http-vertx).")
    private boolean webhookPlatformHttp;
    @UriParam(label = "consumer", description = "state_callback consumer: path of this consumer on the receiver"
            + " (default /portasip/state-callback/{callbackId}).")
    private String webhookPath;
    @UriParam(label = "consumer", description = "state_callback consumer: public base URL PortaSIP reaches the"
            + " receiver at (behind a proxy or NAT), e.g. https://hooks.example.com; the path is appended.")
    private String publicBaseUrl;
    @UriParam(label = "consumer,security", description = "state_callback consumer: how the sender authenticates."
            + " Required: the consumer refuses to start without it; NONE must be set explicitly (logged at WARN)."
            + " PortaSIP is given a URL and sends no header of its own: TOKEN puts a secret token generated by the"
            + " component (never a password) in the query of every state_callback URL handed to PortaSIP, and"
            + " verifies it in constant time. BEARER, BASIC and HMAC (headers a proxy in front adds) accept that URL"
            + " token too.", enums = "NONE,TOKEN,BEARER,BASIC,HMAC")
    private WebhookAuth webhookAuth;
    @UriParam(label = "consumer,security", secret = true, description = "state_callback consumer: expected Bearer"
            + " token, or the HMAC secret.")
    private String webhookToken;
    @UriParam(label = "consumer,security", secret = true, description = "state_callback consumer: the key the URL"
            + " tokens (webhookAuth other than NONE) are made and verified with. Default: a random key per consumer"
            + " start -- callbacks of calls originated before a restart are then refused 401; set it to keep them"
            + " valid.")
    private String webhookUrlTokenSecret;
    @UriParam(label = "consumer,security", secret = true, description = "state_callback consumer: expected Basic"
            + " user name.")
    private String webhookUsername;
    @UriParam(label = "consumer,security", secret = true, description = "state_callback consumer: expected Basic"
            + " password.")
    private String webhookPassword;
    @UriParam(label = "consumer", defaultValue = "1048576", description = "state_callback consumer: largest body"
            + " accepted, in bytes (larger ones are answered 413 and never reach the route).")
    private int webhookMaxBodySize = 1024 * 1024;

    @UriParam(label = "consumer,advanced",
              description = "state_callback: repository of the de-duplication keys of the callbacks routed (call id, tag,"
                            + " state and the state's times, from the body): a callback PortaSIP POSTs again is"
                            + " answered 200 and not routed twice; a failed route forgets its key, so the retry is"
                            + " processed. Default: an in-memory repository of idempotentCacheSize entries.")
    private org.apache.camel.spi.IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer,advanced", defaultValue = "10000",
              description = "state_callback: entries of the default in-memory de-duplication repository.")
    private int idempotentCacheSize = 10_000;

    @UriParam(label = "security", description = "Camel's TLS configuration (key and trust managers, protocols, cipher"
            + " suites) of the connections to the PBX; it takes precedence over the trust-store options. With the"
            + " component's useGlobalSslContextParameters, the Camel context's global one applies to endpoints"
            + " without their own.")
    private SSLContextParameters sslContextParameters;

    public PortasipConfiguration copy() {
        try {
            return (PortasipConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    // ---- getters / setters ------------------------------------------------------------------------------

    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public boolean isDryRun() { return dryRun; }
    public void setDryRun(boolean dryRun) { this.dryRun = dryRun; }
    public String getAccessToken() { return accessToken; }
    public void setAccessToken(String accessToken) { this.accessToken = accessToken; }
    public boolean isUseSession() { return useSession; }
    public void setUseSession(boolean useSession) { this.useSession = useSession; }
    public boolean isValidateAudio() { return validateAudio; }
    public void setValidateAudio(boolean validateAudio) { this.validateAudio = validateAudio; }
    public Integer getIMenu() { return iMenu; }
    public void setIMenu(Integer iMenu) { this.iMenu = iMenu; }
    public Integer getIMenuTransition() { return iMenuTransition; }
    public void setIMenuTransition(Integer iMenuTransition) { this.iMenuTransition = iMenuTransition; }
    public String getTransitionEvent() { return transitionEvent; }
    public void setTransitionEvent(String transitionEvent) { this.transitionEvent = transitionEvent; }
    public Integer getIConf() { return iConf; }
    public void setIConf(Integer iConf) { this.iConf = iConf; }
    public String getConfName() { return confName; }
    public void setConfName(String confName) { this.confName = confName; }
    public Integer getIEntry() { return iEntry; }
    public void setIEntry(Integer iEntry) { this.iEntry = iEntry; }
    public String getPromptType() { return promptType; }
    public void setPromptType(String promptType) { this.promptType = promptType; }
    public String getGreetingType() { return greetingType; }
    public void setGreetingType(String greetingType) { this.greetingType = greetingType; }

    public String getWebSocketUrl() { return webSocketUrl; }
    public void setWebSocketUrl(String webSocketUrl) { this.webSocketUrl = webSocketUrl; }
    public String getJsonApiUrl() { return jsonApiUrl; }
    public void setJsonApiUrl(String jsonApiUrl) { this.jsonApiUrl = jsonApiUrl; }
    public PortasipJsonApiTransport getJsonApiTransport() { return jsonApiTransport; }
    public void setJsonApiTransport(PortasipJsonApiTransport jsonApiTransport) { this.jsonApiTransport = jsonApiTransport; }
    public long getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(long requestTimeout) { this.requestTimeout = requestTimeout; }
    public long getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(long connectTimeout) { this.connectTimeout = connectTimeout; }
    public long getReconnectInitialDelay() { return reconnectInitialDelay; }
    public void setReconnectInitialDelay(long reconnectInitialDelay) { this.reconnectInitialDelay = reconnectInitialDelay; }
    public long getReconnectMaxDelay() { return reconnectMaxDelay; }
    public void setReconnectMaxDelay(long reconnectMaxDelay) { this.reconnectMaxDelay = reconnectMaxDelay; }
    public int getMaxReconnectAttempts() { return maxReconnectAttempts; }
    public void setMaxReconnectAttempts(int maxReconnectAttempts) { this.maxReconnectAttempts = maxReconnectAttempts; }
    public int getMaxAuthenticationAttempts() { return maxAuthenticationAttempts; }
    public void setMaxAuthenticationAttempts(int maxAuthenticationAttempts) { this.maxAuthenticationAttempts = maxAuthenticationAttempts; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isTrustAllCertificates() { return trustAllCertificates; }
    public void setTrustAllCertificates(boolean trustAllCertificates) { this.trustAllCertificates = trustAllCertificates; }
    public String getTrustStore() { return trustStore; }
    public void setTrustStore(String trustStore) { this.trustStore = trustStore; }
    public String getTrustStorePassword() { return trustStorePassword; }
    public void setTrustStorePassword(String trustStorePassword) { this.trustStorePassword = trustStorePassword; }
    public String getTrustStoreType() { return trustStoreType; }
    public void setTrustStoreType(String trustStoreType) { this.trustStoreType = trustStoreType; }
    public Long getIAccount() { return iAccount; }
    public void setIAccount(Long iAccount) { this.iAccount = iAccount; }
    public Long getICustomer() { return iCustomer; }
    public void setICustomer(Long iCustomer) { this.iCustomer = iCustomer; }
    public Long getIMainOffice() { return iMainOffice; }
    public void setIMainOffice(Long iMainOffice) { this.iMainOffice = iMainOffice; }
    public Long getIIvrAn() { return iIvrAn; }
    public void setIIvrAn(Long iIvrAn) { this.iIvrAn = iIvrAn; }
    public String getCallId() { return callId; }
    public void setCallId(String callId) { this.callId = callId; }
    public String getCallTag() { return callTag; }
    public void setCallTag(String callTag) { this.callTag = callTag; }
    public String getToCallId() { return toCallId; }
    public void setToCallId(String toCallId) { this.toCallId = toCallId; }
    public String getToCallTag() { return toCallTag; }
    public void setToCallTag(String toCallTag) { this.toCallTag = toCallTag; }
    public String getBillId() { return billId; }
    public void setBillId(String billId) { this.billId = billId; }
    public String getCallerId() { return callerId; }
    public void setCallerId(String callerId) { this.callerId = callerId; }
    public String getCalleeId() { return calleeId; }
    public void setCalleeId(String calleeId) { this.calleeId = calleeId; }
    public Boolean getCalleeAutoPickup() { return calleeAutoPickup; }
    public void setCalleeAutoPickup(Boolean calleeAutoPickup) { this.calleeAutoPickup = calleeAutoPickup; }
    public String getStateCallback() { return stateCallback; }
    public void setStateCallback(String stateCallback) { this.stateCallback = stateCallback; }
    public String getStateCallbackEndpoint() { return stateCallbackEndpoint; }
    public void setStateCallbackEndpoint(String stateCallbackEndpoint) { this.stateCallbackEndpoint = stateCallbackEndpoint; }
    public String getStateCallbackEvents() { return stateCallbackEvents; }
    public void setStateCallbackEvents(String stateCallbackEvents) { this.stateCallbackEvents = stateCallbackEvents; }
    public CalleeAnswerMode getCalleeAnswerMode() { return calleeAnswerMode; }
    public void setCalleeAnswerMode(CalleeAnswerMode calleeAnswerMode) { this.calleeAnswerMode = calleeAnswerMode; }
    public String getCld() { return cld; }
    public void setCld(String cld) { this.cld = cld; }
    public String getPromptUrl() { return promptUrl; }
    public void setPromptUrl(String promptUrl) { this.promptUrl = promptUrl; }
    public Integer getOrder() { return order; }
    public void setOrder(Integer order) { this.order = order; }
    public Integer getRepeat() { return repeat; }
    public void setRepeat(Integer repeat) { this.repeat = repeat; }
    public String getConferenceName() { return conferenceName; }
    public void setConferenceName(String conferenceName) { this.conferenceName = conferenceName; }
    public String getConferenceOwnerId() { return conferenceOwnerId; }
    public void setConferenceOwnerId(String conferenceOwnerId) { this.conferenceOwnerId = conferenceOwnerId; }
    public Integer getParticipantId() { return participantId; }
    public void setParticipantId(Integer participantId) { this.participantId = participantId; }
    public boolean isReconcileOnReconnect() { return reconcileOnReconnect; }
    public void setReconcileOnReconnect(boolean reconcileOnReconnect) { this.reconcileOnReconnect = reconcileOnReconnect; }
    public boolean isSharedConnection() { return sharedConnection; }
    public void setSharedConnection(boolean sharedConnection) { this.sharedConnection = sharedConnection; }
    public boolean isConnectionEvents() { return connectionEvents; }
    public void setConnectionEvents(boolean connectionEvents) { this.connectionEvents = connectionEvents; }
    public String getCallbackId() { return callbackId; }
    public void setCallbackId(String callbackId) { this.callbackId = callbackId; }
    public String getWebhookHost() { return webhookHost; }
    public void setWebhookHost(String webhookHost) { this.webhookHost = webhookHost; }
    public int getWebhookPort() { return webhookPort; }
    public void setWebhookPort(int webhookPort) { this.webhookPort = webhookPort; }
    public String getWebhookPath() { return webhookPath; }
    public void setWebhookPath(String webhookPath) { this.webhookPath = webhookPath; }
    public String getPublicBaseUrl() { return publicBaseUrl; }
    public void setPublicBaseUrl(String publicBaseUrl) { this.publicBaseUrl = publicBaseUrl; }
    public WebhookAuth getWebhookAuth() { return webhookAuth; }
    public void setWebhookAuth(WebhookAuth webhookAuth) { this.webhookAuth = webhookAuth; }
    public boolean isWebhookPlatformHttp() { return webhookPlatformHttp; }
    public void setWebhookPlatformHttp(boolean webhookPlatformHttp) { this.webhookPlatformHttp = webhookPlatformHttp; }
    public String getWebhookUrlTokenSecret() { return webhookUrlTokenSecret; }
    public void setWebhookUrlTokenSecret(String webhookUrlTokenSecret) { this.webhookUrlTokenSecret = webhookUrlTokenSecret; }
    public String getWebhookToken() { return webhookToken; }
    public void setWebhookToken(String webhookToken) { this.webhookToken = webhookToken; }
    public String getWebhookUsername() { return webhookUsername; }
    public void setWebhookUsername(String webhookUsername) { this.webhookUsername = webhookUsername; }
    public String getWebhookPassword() { return webhookPassword; }
    public void setWebhookPassword(String webhookPassword) { this.webhookPassword = webhookPassword; }
    public int getWebhookMaxBodySize() { return webhookMaxBodySize; }
    public void setWebhookMaxBodySize(int webhookMaxBodySize) { this.webhookMaxBodySize = webhookMaxBodySize; }
    public org.apache.camel.spi.IdempotentRepository getIdempotentRepository() { return idempotentRepository; }
    public void setIdempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) { this.idempotentRepository = idempotentRepository; }
    public int getIdempotentCacheSize() { return idempotentCacheSize; }
    public void setIdempotentCacheSize(int idempotentCacheSize) { this.idempotentCacheSize = idempotentCacheSize; }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
