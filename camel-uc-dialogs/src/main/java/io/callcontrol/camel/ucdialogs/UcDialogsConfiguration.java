package io.callcontrol.camel.ucdialogs;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spi.UriParams;

/**
 * Options of the uc-dialogs component and its endpoints. Set on the component, they are the defaults of every
 * endpoint; an endpoint option is the default of every message; a {@code CamelUcDialogs*} header (or a field of
 * a request body) overrides it per message.
 */
@UriParams
@Configurer
public class UcDialogsConfiguration extends io.callcontrol.core.camel.CallEventOptions implements Cloneable {

    @UriParam(label = "common", description = "Base URL of the Incoplax server, e.g. https://pbx.example.com (the calls paths are appended).")
    private String baseUrl;

    @UriParam(label = "common", description = "Which calls endpoint: user = /rest/v1/user/sip/calls (only dialogs in which an account of the authorized user takes part; the default), domain = /rest/v1/uc/calls (every dialog of the domain, same verbs).", enums = "user,domain", defaultValue = "user")
    private String scope = "user";

    @UriParam(label = "security", description = "Static bearer token sent as Authorization: Bearer (REST and WebSocket). The REST login of the platform is not public: obtain the token out of band. Takes precedence over username/password.", secret = true)
    private String accessToken;

    @UriParam(label = "security", description = "User name for HTTP Basic authentication (used when no accessToken is set).", secret = true)
    private String username;

    @UriParam(label = "security", description = "Password for HTTP Basic authentication.", secret = true)
    private String password;

    @UriParam(javaType = "java.time.Duration", label = "advanced", description = "TCP/TLS connect timeout. The HTTP connection pool is shared by the component's endpoints: set it on the component (the first endpoint to send fixes it for REST calls); the events consumer uses its own value.", defaultValue = "5000")
    private long connectTimeout = 5000;

    @UriParam(javaType = "java.time.Duration", label = "advanced", description = "How long to wait for the answer of one request. Operations with a high response_mode answer late: size it accordingly.", defaultValue = "30000")
    private long requestTimeout = 30000;

    @UriParam(label = "producer", description = "Dialog identifier (rDlg-...) the operation acts on: get, refer, referreplaces (master), switchconf, referconf, notify, send_dtmf, setup_asr, setup_record, setup_bindings, delete.")
    private String dialogId;

    @UriParam(label = "producer", description = "list: filter by field values (passed through as the filter query parameter).")
    private String filter;

    @UriParam(label = "producer", description = "list/get: comma-separated fields to return (acallid, callids, dialogid, esgdlg, esgcallid, inviteid, status, legs, localuri, remoteuri, site, startts, uris, opts); others are ignored by the server.")
    private String mask;

    @UriParam(label = "producer", description = "list: offset in the list.")
    private Integer offset;

    @UriParam(label = "producer", description = "list: maximum number of dialogs returned.")
    private Integer limit;

    @UriParam(label = "producer", description = "list: sort order (passed through as the order query parameter).")
    private String order;

    @UriParam(label = "producer", description = "list/get: convert composite fields to flat form.")
    private Boolean flat;

    @UriParam(label = "producer", description = "list: return only the number of dialogs (the body becomes an Integer).")
    private Boolean countOnly;

    @UriParam(label = "producer", description = "originate: how 'from' names the initiator X; the document's example uses number.")
    private String mode;

    @UriParam(label = "producer", description = "originate: initiator X (per mode); in user scope it must be an account of the authorized user.")
    private String from;

    @UriParam(label = "producer", description = "originate: called number Y. The first ' or , starts a DTMF pre-dial sent after answer; each further one is a 1 second pause.")
    private String to;

    @UriParam(label = "producer", description = "originate: number shown to X for the first call.")
    private String callerId;

    @UriParam(label = "producer", description = "originate: name shown to X for the first call.")
    private String callerName;

    @UriParam(label = "producer", description = "originate: timeout of the first call in seconds (server default 30).")
    private Integer callTimeout;

    @UriParam(label = "producer", description = "originate: call X in intercom mode (server default off).")
    private Boolean useIntercom;

    @UriParam(label = "producer", description = "originate/refer/referreplaces/switchconf/referconf: when the server answers; the larger, the later and the more complete the answer. The numeric meanings are not public: the value is passed through unchanged.")
    private Integer responseMode;

    @UriParam(label = "producer", description = "originate/refer/referreplaces/switchconf/referconf: label bound to the new call.")
    private String binding;

    @UriParam(label = "producer", description = "lookup: which search key lookupValue is (default dialogid).", enums = "dialogid,inviteid,callid,uri,username,sipuserid,sipuserlogin,sipuserphone")
    private String lookupKey;

    @UriParam(label = "producer", description = "lookup: the search value.")
    private String lookupValue;

    @UriParam(label = "producer", description = "lookup with key username: the domain of the subscriber (default the current domain).")
    private String lookupDomain;

    @UriParam(label = "producer", description = "refer/switchconf/referconf: the party acting (Call-Id, URI, number or username); refer/referconf transfer its opponent, switchconf transfers both on its behalf.")
    private String by;

    @UriParam(label = "producer", description = "refer: target number (with optional DTMF pre-dial after ' or ,); switchconf: full conference number with its featurecode prefix (generated when absent).")
    private String referTo;

    @UriParam(label = "producer", description = "referreplaces: the party of the master dialog initiating the transfer (its opponent is connected).")
    private String masterBy;

    @UriParam(label = "producer", description = "referreplaces: the party of the slave dialog being replaced (its opponent receives the INVITE with Replaces).")
    private String slaveBy;

    @UriParam(label = "producer", description = "referreplaces: which key slaveLookupValue is; sent as slave{key} (default dialogid, i.e. slavedialogid).", enums = "dialogid,inviteid,callid,uri,username,sipuserid,sipuserlogin,sipuserphone")
    private String slaveLookupKey;

    @UriParam(label = "producer", description = "referreplaces: the value naming the slave dialog.")
    private String slaveLookupValue;

    @UriParam(label = "producer", description = "referreplaces with slave key username: domain of the subscriber (sent as slavedomain).")
    private String slaveLookupDomain;

    @UriParam(label = "producer", description = "referconf: which key referLookupValue is; sent as refer{key} (default dialogid, i.e. referdialogid).", enums = "dialogid,inviteid,callid,uri,username,sipuserid,sipuserlogin,sipuserphone")
    private String referLookupKey;

    @UriParam(label = "producer", description = "referconf: the value naming a dialog one of whose parties is the target conference.")
    private String referLookupValue;

    @UriParam(label = "producer", description = "referconf with refer key username: domain of the subscriber (sent as referdomain).")
    private String referLookupDomain;

    @UriParam(label = "producer", description = "notify/send_dtmf/setup_asr/setup_record: Call-Id of the leg addressed.")
    private String callId;

    @UriParam(label = "producer", description = "notify/send_dtmf/setup_asr/setup_record: side of the dialog addressed (a or b), alternative to callId.", enums = "a,b")
    private String side;

    @UriParam(label = "producer", description = "send_dtmf/setup_asr: address the other party relative to the one named.")
    private Boolean opposite;

    @UriParam(label = "producer", description = "notify: device control event name (talk, hold, conference, ...); the device must list it in Allow-Events.")
    private String event;

    @UriParam(label = "producer", description = "send_dtmf: sipinfo (SIP INFO) or rfc2833 (RTP events).", enums = "sipinfo,rfc2833")
    private String proto;

    @UriParam(label = "producer", description = "send_dtmf: DTMF characters 0-9 * # A-D; ' and , are 1 second pauses.")
    private String dtmf;

    @UriParam(label = "producer", description = "setup_asr/setup_record: start or stop; setup_bindings: add, remove or replace.", enums = "start,stop,add,remove,replace")
    private String command;

    @UriParam(label = "producer", description = "setup_asr/setup_record: unique layer name; an existing layer is replaced, and stop names the layer to stop.")
    private String layer;

    @UriParam(label = "producer", description = "setup_bindings: a label, or several separated by commas (sent as a list).")
    private String label;

    @UriParam(label = "producer", description = "setup_asr stop: wait (2-3 s) and return the summary text (server default true). Sent as wait.")
    private Boolean waitSummary;

    @UriParam(label = "consumer", description = "events: comma-separated event classes to subscribe to on the Token-API.", defaultValue = "callevents")
    private String eventClasses = "callevents";

    @UriParam(label = "consumer", description = "events: lifetime of each subscription in seconds (the vendor recommends at most 3600).", defaultValue = "3600")
    private int subscriptionExpires = 3600;

    @UriParam(label = "consumer", description = "events: renew each subscription (same id) when this percentage of its lifetime has passed.", defaultValue = "80")
    private int subscriptionRenewPercent = 80;

    @UriParam(javaType = "java.time.Duration", label = "consumer", defaultValue = "30000",
              description = "events: at this interval, while dialogs are tracked, list the dialogs (the list"
                            + " operation) and end the tracked ones the platform no longer lists (a TERMINATED event with"
                            + " outcome UNKNOWN and reason disappeared: a dialog can end without a dlg_stop event); 0:"
                            + " never (the list after a reconnect still reconciles).")
    private long reconcileInterval = 30_000;

    public long getReconcileInterval() {
        return reconcileInterval;
    }

    public void setReconcileInterval(long reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }

    @UriParam(label = "consumer", description = "events: Token-API WebSocket URL; default: baseUrl with ws/wss and /ws/token/v1.")
    private String wsUrl;

    @UriParam(label = "consumer", description = "events: send the token in the URL (/ws/token/v1/TOKEN) instead of the Authorization header.", defaultValue = "false")
    private boolean tokenInPath = false;

    @UriParam(javaType = "java.time.Duration", label = "consumer", description = "events: delay before the first reconnect attempt after a drop (doubles up to reconnectMaxDelay).", defaultValue = "500")
    private long reconnectInitialDelay = 500;

    @UriParam(javaType = "java.time.Duration", label = "consumer", description = "events: upper bound of the reconnect backoff.", defaultValue = "30000")
    private long reconnectMaxDelay = 30000;

    @UriParam(label = "consumer", description = "events: consecutive failed reconnect attempts before giving up; 0 = never give up.", defaultValue = "0")
    private int maxReconnectAttempts = 0;

    @UriParam(label = "security", description = "Camel's TLS configuration (key and trust managers, protocols, cipher"
            + " suites) of the connections to the PBX; it takes precedence over the trust-store options. With the"
            + " component's useGlobalSslContextParameters, the Camel context's global one applies to endpoints"
            + " without their own.")
    private SSLContextParameters sslContextParameters;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getDialogId() {
        return dialogId;
    }

    public void setDialogId(String dialogId) {
        this.dialogId = dialogId;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getMask() {
        return mask;
    }

    public void setMask(String mask) {
        this.mask = mask;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Boolean getFlat() {
        return flat;
    }

    public void setFlat(Boolean flat) {
        this.flat = flat;
    }

    public Boolean getCountOnly() {
        return countOnly;
    }

    public void setCountOnly(Boolean countOnly) {
        this.countOnly = countOnly;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
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

    public Integer getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Integer callTimeout) {
        this.callTimeout = callTimeout;
    }

    public Boolean getUseIntercom() {
        return useIntercom;
    }

    public void setUseIntercom(Boolean useIntercom) {
        this.useIntercom = useIntercom;
    }

    public Integer getResponseMode() {
        return responseMode;
    }

    public void setResponseMode(Integer responseMode) {
        this.responseMode = responseMode;
    }

    public String getBinding() {
        return binding;
    }

    public void setBinding(String binding) {
        this.binding = binding;
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

    public String getLookupDomain() {
        return lookupDomain;
    }

    public void setLookupDomain(String lookupDomain) {
        this.lookupDomain = lookupDomain;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public String getMasterBy() {
        return masterBy;
    }

    public void setMasterBy(String masterBy) {
        this.masterBy = masterBy;
    }

    public String getSlaveBy() {
        return slaveBy;
    }

    public void setSlaveBy(String slaveBy) {
        this.slaveBy = slaveBy;
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

    public String getSlaveLookupDomain() {
        return slaveLookupDomain;
    }

    public void setSlaveLookupDomain(String slaveLookupDomain) {
        this.slaveLookupDomain = slaveLookupDomain;
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

    public String getReferLookupDomain() {
        return referLookupDomain;
    }

    public void setReferLookupDomain(String referLookupDomain) {
        this.referLookupDomain = referLookupDomain;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public Boolean getOpposite() {
        return opposite;
    }

    public void setOpposite(Boolean opposite) {
        this.opposite = opposite;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getProto() {
        return proto;
    }

    public void setProto(String proto) {
        this.proto = proto;
    }

    public String getDtmf() {
        return dtmf;
    }

    public void setDtmf(String dtmf) {
        this.dtmf = dtmf;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public String getLayer() {
        return layer;
    }

    public void setLayer(String layer) {
        this.layer = layer;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Boolean getWaitSummary() {
        return waitSummary;
    }

    public void setWaitSummary(Boolean waitSummary) {
        this.waitSummary = waitSummary;
    }

    public String getEventClasses() {
        return eventClasses;
    }

    public void setEventClasses(String eventClasses) {
        this.eventClasses = eventClasses;
    }

    public int getSubscriptionExpires() {
        return subscriptionExpires;
    }

    public void setSubscriptionExpires(int subscriptionExpires) {
        this.subscriptionExpires = subscriptionExpires;
    }

    public int getSubscriptionRenewPercent() {
        return subscriptionRenewPercent;
    }

    public void setSubscriptionRenewPercent(int subscriptionRenewPercent) {
        this.subscriptionRenewPercent = subscriptionRenewPercent;
    }

    public String getWsUrl() {
        return wsUrl;
    }

    public void setWsUrl(String wsUrl) {
        this.wsUrl = wsUrl;
    }

    public boolean isTokenInPath() {
        return tokenInPath;
    }

    public void setTokenInPath(boolean tokenInPath) {
        this.tokenInPath = tokenInPath;
    }

    public long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public void setReconnectInitialDelay(long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public int getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    public void setMaxReconnectAttempts(int maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    public UcDialogsConfiguration copy() {
        try {
            return (UcDialogsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
