package io.callcontrol.camel.ucdialogs.springboot;

import io.callcontrol.core.event.StaleEvents;
import io.callcontrol.camel.ucdialogs.UcDialogsConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Call control on Incoplax (UC dialogs): list, originate, lookup, get, transfer (refer, referreplaces, referconf),
 * conference (switchconf), device control (notify), DTMF, stenography, recording, labels and hang-up through the
 * calls REST API with its custom verbs, and call events from the WebSocket Token-API. Spring Boot properties {@code
 * camel.component.uc-dialogs.*}: one per component option of the catalog, with its description and default. Secret
 * options (accessToken, password, username) are never logged by the starter, and this class has no toString method.
 */
@ConfigurationProperties(prefix = "camel.component.uc-dialogs")
public class UcDialogsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the uc-dialogs component. This is enabled by default.
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
     * events: every this many milliseconds, while dialogs are tracked, list the dialogs (the list operation) and end
     * the tracked ones the platform no longer lists (a TERMINATED event with outcome UNKNOWN and reason disappeared:
     * a dialog can end without a dlg_stop event); 0: never (the list after a reconnect still reconciles).
     */
    private Long reconcileInterval = 30000L;

    /**
     * Base URL of the Incoplax server, e.g. https://pbx.example.com (the calls paths are appended).
     */
    private String baseUrl;

    /**
     * Shared configuration: the defaults of every endpoint. The option is a
     * io.callcontrol.camel.ucdialogs.UcDialogsConfiguration type (a bean reference such as #bean:myBean).
     */
    private UcDialogsConfiguration configuration;

    /**
     * Which calls endpoint: user = /rest/v1/user/sip/calls (only dialogs in which an account of the authorized user
     * takes part; the default), domain = /rest/v1/uc/calls (every dialog of the domain, same verbs).
     */
    private String scope = "user";

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
     * events: comma-separated event classes to subscribe to on the Token-API.
     */
    private String eventClasses = "callevents";

    /**
     * events: consecutive failed reconnect attempts before giving up; 0 = never give up.
     */
    private Integer maxReconnectAttempts = 0;

    /**
     * events: delay before the first reconnect attempt after a drop, in milliseconds (doubles up to
     * reconnectMaxDelay).
     */
    private Long reconnectInitialDelay = 500L;

    /**
     * events: upper bound of the reconnect backoff in milliseconds.
     */
    private Long reconnectMaxDelay = 30000L;

    /**
     * events: lifetime of each subscription in seconds (the vendor recommends at most 3600).
     */
    private Integer subscriptionExpires = 3600;

    /**
     * events: renew each subscription (same id) when this percentage of its lifetime has passed.
     */
    private Integer subscriptionRenewPercent = 80;

    /**
     * events: send the token in the URL (/ws/token/v1/TOKEN) instead of the Authorization header.
     */
    private Boolean tokenInPath = false;

    /**
     * events: Token-API WebSocket URL; default: baseUrl with ws/wss and /ws/token/v1.
     */
    private String wsUrl;

    /**
     * originate/refer/referreplaces/switchconf/referconf: label bound to the new call.
     */
    private String binding;

    /**
     * refer/switchconf/referconf: the party acting (Call-Id, URI, number or username); refer/referconf transfer its
     * opponent, switchconf transfers both on its behalf.
     */
    private String by;

    /**
     * originate: number shown to X for the first call.
     */
    private String callerId;

    /**
     * originate: name shown to X for the first call.
     */
    private String callerName;

    /**
     * notify/send_dtmf/setup_asr/setup_record: Call-Id of the leg addressed.
     */
    private String callId;

    /**
     * originate: timeout of the first call in seconds (server default 30).
     */
    private Integer callTimeout;

    /**
     * setup_asr/setup_record: start or stop; setup_bindings: add, remove or replace.
     */
    private String command;

    /**
     * list: return only the number of dialogs (the body becomes an Integer).
     */
    private Boolean countOnly;

    /**
     * Dialog identifier (rDlg-...) the operation acts on: get, refer, referreplaces (master), switchconf,
     * referconf, notify, send_dtmf, setup_asr, setup_record, setup_bindings, delete.
     */
    private String dialogId;

    /**
     * send_dtmf: DTMF characters 0-9 # A-D; ' and , are 1 second pauses.
     */
    private String dtmf;

    /**
     * notify: device control event name (talk, hold, conference, ...); the device must list it in Allow-Events.
     */
    private String event;

    /**
     * list: filter by field values (passed through as the filter query parameter).
     */
    private String filter;

    /**
     * list/get: convert composite fields to flat form.
     */
    private Boolean flat;

    /**
     * originate: initiator X (per mode); in user scope it must be an account of the authorized user.
     */
    private String from;

    /**
     * setup_bindings: a label, or several separated by commas (sent as a list).
     */
    private String label;

    /**
     * setup_asr/setup_record: unique layer name; an existing layer is replaced, and stop names the layer to stop.
     */
    private String layer;

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
     * list: maximum number of dialogs returned.
     */
    private Integer limit;

    /**
     * lookup with key username: the domain of the subscriber (default the current domain).
     */
    private String lookupDomain;

    /**
     * lookup: which search key lookupValue is (default dialogid).
     */
    private String lookupKey;

    /**
     * lookup: the search value.
     */
    private String lookupValue;

    /**
     * list/get: comma-separated fields to return (acallid, callids, dialogid, esgdlg, esgcallid, inviteid, status,
     * legs, localuri, remoteuri, site, startts, uris, opts); others are ignored by the server.
     */
    private String mask;

    /**
     * referreplaces: the party of the master dialog initiating the transfer (its opponent is connected).
     */
    private String masterBy;

    /**
     * originate: how 'from' names the initiator X; the document's example uses number.
     */
    private String mode;

    /**
     * list: offset in the list.
     */
    private Integer offset;

    /**
     * send_dtmf/setup_asr: address the other party relative to the one named.
     */
    private Boolean opposite;

    /**
     * list: sort order (passed through as the order query parameter).
     */
    private String order;

    /**
     * send_dtmf: sipinfo (SIP INFO) or rfc2833 (RTP events).
     */
    private String proto;

    /**
     * referconf with refer key username: domain of the subscriber (sent as referdomain).
     */
    private String referLookupDomain;

    /**
     * referconf: which key referLookupValue is; sent as refer{key} (default dialogid, i.e. referdialogid).
     */
    private String referLookupKey;

    /**
     * referconf: the value naming a dialog one of whose parties is the target conference.
     */
    private String referLookupValue;

    /**
     * refer: target number (with optional DTMF pre-dial after ' or ,); switchconf: full conference number with its
     * featurecode prefix (generated when absent).
     */
    private String referTo;

    /**
     * originate/refer/referreplaces/switchconf/referconf: when the server answers; the larger, the later and the
     * more complete the answer. The numeric meanings are not public: the value is passed through unchanged.
     */
    private Integer responseMode;

    /**
     * notify/send_dtmf/setup_asr/setup_record: side of the dialog addressed (a or b), alternative to callId.
     */
    private String side;

    /**
     * referreplaces: the party of the slave dialog being replaced (its opponent receives the INVITE with Replaces).
     */
    private String slaveBy;

    /**
     * referreplaces with slave key username: domain of the subscriber (sent as slavedomain).
     */
    private String slaveLookupDomain;

    /**
     * referreplaces: which key slaveLookupValue is; sent as slave{key} (default dialogid, i.e.
     * slavedialogid).
     */
    private String slaveLookupKey;

    /**
     * referreplaces: the value naming the slave dialog.
     */
    private String slaveLookupValue;

    /**
     * originate: called number Y. The first ' or , starts a DTMF pre-dial sent after answer; each further one is a
     * 1 second pause.
     */
    private String to;

    /**
     * originate: call X in intercom mode (server default off).
     */
    private Boolean useIntercom;

    /**
     * setup_asr stop: wait (2-3 s) and return the summary text (server default true). Sent as wait.
     */
    private Boolean waitSummary;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * TCP/TLS connect timeout in milliseconds. The HTTP connection pool is shared by the component's endpoints: set
     * it on the component (the first endpoint to send fixes it for REST calls); the events consumer uses its own
     * value.
     */
    private Integer connectTimeout = 5000;

    /**
     * How long to wait for the answer of one request, in milliseconds. Operations with a high response_mode answer
     * late: size it accordingly.
     */
    private Integer requestTimeout = 30000;

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
     * Static bearer token sent as Authorization: Bearer (REST and WebSocket). The REST login of the platform is not
     * public: obtain the token out of band. Takes precedence over username/password.
     */
    private String accessToken;

    /**
     * Password for HTTP Basic authentication.
     */
    private String password;

    /**
     * User name for HTTP Basic authentication (used when no accessToken is set).
     */
    private String username;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public UcDialogsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(UcDialogsConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getEventClasses() {
        return eventClasses;
    }

    public void setEventClasses(String eventClasses) {
        this.eventClasses = eventClasses;
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

    public Integer getSubscriptionExpires() {
        return subscriptionExpires;
    }

    public void setSubscriptionExpires(Integer subscriptionExpires) {
        this.subscriptionExpires = subscriptionExpires;
    }

    public Integer getSubscriptionRenewPercent() {
        return subscriptionRenewPercent;
    }

    public void setSubscriptionRenewPercent(Integer subscriptionRenewPercent) {
        this.subscriptionRenewPercent = subscriptionRenewPercent;
    }

    public Boolean getTokenInPath() {
        return tokenInPath;
    }

    public void setTokenInPath(Boolean tokenInPath) {
        this.tokenInPath = tokenInPath;
    }

    public String getWsUrl() {
        return wsUrl;
    }

    public void setWsUrl(String wsUrl) {
        this.wsUrl = wsUrl;
    }

    public String getBinding() {
        return binding;
    }

    public void setBinding(String binding) {
        this.binding = binding;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getCallerId() {
        return callerId;
    }

    public void setCallerId(String callerId) {
        this.callerId = callerId;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public Integer getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Integer callTimeout) {
        this.callTimeout = callTimeout;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public Boolean getCountOnly() {
        return countOnly;
    }

    public void setCountOnly(Boolean countOnly) {
        this.countOnly = countOnly;
    }

    public String getDialogId() {
        return dialogId;
    }

    public void setDialogId(String dialogId) {
        this.dialogId = dialogId;
    }

    public String getDtmf() {
        return dtmf;
    }

    public void setDtmf(String dtmf) {
        this.dtmf = dtmf;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Boolean getFlat() {
        return flat;
    }

    public void setFlat(Boolean flat) {
        this.flat = flat;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getLayer() {
        return layer;
    }

    public void setLayer(String layer) {
        this.layer = layer;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public String getLookupDomain() {
        return lookupDomain;
    }

    public void setLookupDomain(String lookupDomain) {
        this.lookupDomain = lookupDomain;
    }

    public String getLookupKey() {
        return lookupKey;
    }

    public void setLookupKey(String lookupKey) {
        this.lookupKey = lookupKey;
    }

    public String getLookupValue() {
        return lookupValue;
    }

    public void setLookupValue(String lookupValue) {
        this.lookupValue = lookupValue;
    }

    public String getMask() {
        return mask;
    }

    public void setMask(String mask) {
        this.mask = mask;
    }

    public String getMasterBy() {
        return masterBy;
    }

    public void setMasterBy(String masterBy) {
        this.masterBy = masterBy;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public Boolean getOpposite() {
        return opposite;
    }

    public void setOpposite(Boolean opposite) {
        this.opposite = opposite;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getProto() {
        return proto;
    }

    public void setProto(String proto) {
        this.proto = proto;
    }

    public String getReferLookupDomain() {
        return referLookupDomain;
    }

    public void setReferLookupDomain(String referLookupDomain) {
        this.referLookupDomain = referLookupDomain;
    }

    public String getReferLookupKey() {
        return referLookupKey;
    }

    public void setReferLookupKey(String referLookupKey) {
        this.referLookupKey = referLookupKey;
    }

    public String getReferLookupValue() {
        return referLookupValue;
    }

    public void setReferLookupValue(String referLookupValue) {
        this.referLookupValue = referLookupValue;
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public Integer getResponseMode() {
        return responseMode;
    }

    public void setResponseMode(Integer responseMode) {
        this.responseMode = responseMode;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getSlaveBy() {
        return slaveBy;
    }

    public void setSlaveBy(String slaveBy) {
        this.slaveBy = slaveBy;
    }

    public String getSlaveLookupDomain() {
        return slaveLookupDomain;
    }

    public void setSlaveLookupDomain(String slaveLookupDomain) {
        this.slaveLookupDomain = slaveLookupDomain;
    }

    public String getSlaveLookupKey() {
        return slaveLookupKey;
    }

    public void setSlaveLookupKey(String slaveLookupKey) {
        this.slaveLookupKey = slaveLookupKey;
    }

    public String getSlaveLookupValue() {
        return slaveLookupValue;
    }

    public void setSlaveLookupValue(String slaveLookupValue) {
        this.slaveLookupValue = slaveLookupValue;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Boolean getUseIntercom() {
        return useIntercom;
    }

    public void setUseIntercom(Boolean useIntercom) {
        this.useIntercom = useIntercom;
    }

    public Boolean getWaitSummary() {
        return waitSummary;
    }

    public void setWaitSummary(Boolean waitSummary) {
        this.waitSummary = waitSummary;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Integer requestTimeout) {
        this.requestTimeout = requestTimeout;
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

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public Long getReconcileInterval() {
        return reconcileInterval;
    }

    public void setReconcileInterval(Long reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }
}
