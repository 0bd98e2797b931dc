package io.callcontrol.camel.sipnative;

import io.callcontrol.camel.sipnative.api.SipAgentConfig;
import io.callcontrol.camel.sipnative.api.SipLimits;
import io.callcontrol.camel.sipnative.api.SipTls;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of the {@code sip-native} component and its endpoints. */
@UriParams
public class SipNativeConfiguration extends io.callcontrol.core.camel.CallEventOptions implements Cloneable {

    @UriPath(description = "The operation: a producer operation (originate, click_to_dial, transfer, hangup, hold, talk,"
            + " send_dtmf, message, options) or a consumer (invite, message, dialog_events)",
             enums = "originate,click_to_dial,transfer,hangup,hold,talk,send_dtmf,message,options,invite,dialog_events")
    @Metadata(required = true)
    private SipNativeOperation operation;

    // ---- user agent
    @UriParam(label = "common", description = "The SIP identity (address of record) of the user agent: a sip URI"
            + " of the agent's user name at the PBX domain. Endpoints naming the same identity on the same listen address,"
            + " port and transport share one user agent.")
    @Metadata(required = true)
    private String identity;
    @UriParam(label = "common", description = "Display name put in the From header")
    private String displayName;
    @UriParam(label = "common", defaultValue = "udp", enums = "udp,tcp,tls", description = "SIP transport of the"
            + " user agent. TLS uses the keyStore and trustStore options (or, without a keyStore, the JVM's"
            + " javax.net.ssl settings).")
    private String transport = "udp";
    @UriParam(label = "common", description = "Local IP address to listen on and to advertise in Via and Contact"
            + " (defaults to the address of the host name)")
    private String listenAddress;
    @UriParam(label = "common", defaultValue = "5060", description = "Local port to listen on")
    private int listenPort = 5060;
    @UriParam(label = "common", description = "Outbound proxy (host:port, optionally /transport) through which every"
            + " out-of-dialog request is sent, e.g. the PBX's SBC")
    private String outboundProxy;
    @UriParam(label = "common", defaultValue = "callcontrol-camel", description = "Value of the User-Agent header")
    private String userAgent = "callcontrol-camel";

    // ---- registration
    @UriParam(label = "registration", defaultValue = "false", description = "Whether to REGISTER the identity"
            + " (refreshed before expiry, retried after a failure, removed on stop)")
    private boolean register;
    @UriParam(label = "registration", description = "Registrar URI (defaults to sip:{domain of the identity})")
    private String registrar;
    @UriParam(label = "registration", defaultValue = "3600", description = "Registration lifetime asked for, seconds")
    private int registerExpires = 3600;
    @UriParam(javaType = "java.time.Duration", label = "registration", defaultValue = "30000", description = "Delay before REGISTER is tried again"
            + " after a failure")
    private long registerRetryInterval = 30000;
    @UriParam(label = "security", description = "Digest user name (defaults to the user part of the identity)")
    private String authUsername;
    @UriParam(label = "security", secret = true, description = "Digest password, used to answer 401/407 challenges"
            + " to any request")
    private String password;

    // ---- TLS
    @UriParam(label = "security", description = "transport tls: path of the key store file holding the user agent's"
            + " certificate and private key, presented to peers that connect to it (and to servers that ask for a"
            + " client certificate). Read when the user agent starts.")
    private String keyStore;
    @UriParam(label = "security", secret = true, description = "transport tls: password of the key store")
    private String keyStorePassword;
    @UriParam(label = "security", description = "transport tls: type of the key store (PKCS12, JKS); the JVM's"
            + " default type when not set")
    private String keyStoreType;
    @UriParam(label = "security", description = "transport tls: path of the trust store file whose certificates"
            + " decide which peers are accepted; the key store when not set")
    private String trustStore;
    @UriParam(label = "security", secret = true, description = "transport tls: password of the trust store; the"
            + " key store's when not set")
    private String trustStorePassword;
    @UriParam(label = "security", description = "transport tls: type of the trust store; the key store's when not set")
    private String trustStoreType;
    @UriParam(label = "security", defaultValue = "Disabled", enums = SipTls.CLIENT_AUTH_VALUES, description = "transport"
            + " tls: whether peers connecting to the user agent must present a certificate the trust store accepts"
            + " (Enabled), are asked for one (Want) or not (Disabled). DisabledAll also accepts any server"
            + " certificate when the agent connects: for tests only.")
    private String tlsClientAuth = "Disabled";
    @UriParam(label = "security", defaultValue = "true", description = "transport tls: whether the certificate of a"
            + " server the user agent connects to must name the host the request goes to (the outbound proxy, or the"
            + " Request-URI's host) in its subjectAltName (IP address, DNS name, sip: URI) or, without those, its"
            + " common name. A mismatch fails the request with a connection error.")
    private boolean tlsVerifyHostname = true;

    // ---- timeouts
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "10000", description = "Timeout of a non-INVITE transaction"
            + " (REGISTER, SUBSCRIBE, BYE, REFER, INFO, MESSAGE, OPTIONS, NOTIFY). UDP retransmissions"
            + " follow RFC 3261 within it.")
    private long requestTimeout = 10000;
    @UriParam(javaType = "java.time.Duration", label = "producer", defaultValue = "30000", description = "How long an INVITE may ring before the"
            + " component gives up and sends CANCEL. In originate the first party's 200 OK is"
            + " retransmitted until the second party answers: keep it under 32 s (RFC 3261 timer H).")
    private long answerTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "2000", description = "On stop, how long to wait for the answers"
            + " to the CANCEL, BYE, unREGISTER and unSUBSCRIBE requests sent")
    private long stopGracePeriod = 2000;

    // ---- producer
    @UriParam(label = "producer", description = "Target of message, options, hold, talk, transfer and click_to_dial"
            + " (a SIP URI, user and host without the sip: scheme, or a bare user of the identity's domain); header CamelSipNativeTarget overrides it")
    private String target;
    @UriParam(label = "producer", description = "First party of originate and click_to_dial (the phone called"
            + " first); header CamelSipNativeFirstParty overrides it")
    private String firstParty;
    @UriParam(label = "producer", description = "Second party of originate; header CamelSipNativeSecondParty"
            + " overrides it")
    private String secondParty;
    @UriParam(label = "producer", defaultValue = "true", description = "click_to_dial: ask the first party's phone"
            + " to answer automatically (Alert-Info: ...;info=AutoAnswer and Call-Info: ...;answer-after=0)")
    private boolean autoAnswer = true;
    @UriParam(label = "producer", defaultValue = "true", description = "transfer and click_to_dial: follow the"
            + " REFER's NOTIFY progress (message/sipfrag) to the final result before completing; when false the"
            + " exchange completes once the REFER is accepted (202)")
    private boolean waitForTransferResult = true;
    @UriParam(javaType = "java.time.Duration", label = "producer", defaultValue = "60000", description = "How long to wait for the final NOTIFY of"
            + " a REFER")
    private long transferTimeout = 60000;
    @UriParam(label = "producer", defaultValue = "160", description = "send_dtmf: duration of each digit")
    private int dtmfDuration = 160;
    @UriParam(label = "producer", defaultValue = "text/plain", description = "message: content type of the body;"
            + " header CamelSipNativeContentType overrides it")
    private String contentType = "text/plain";

    // ---- consumers
    @UriParam(label = "consumer", defaultValue = "480", description = "invite: status sent when the route neither"
            + " rejects, redirects nor answers the call")
    private int defaultResponseCode = 480;
    @UriParam(label = "consumer", description = "dialog_events: comma separated users whose dialogs are monitored"
            + " (SIP URIs, user and host without the sip: scheme, or bare users of the identity's domain)")
    private String monitoredUsers;
    @UriParam(label = "consumer", defaultValue = "3600", description = "dialog_events: subscription lifetime asked"
            + " for, seconds (refreshed at 80 %)")
    private int subscribeExpires = 3600;
    @UriParam(javaType = "java.time.Duration", label = "consumer", defaultValue = "30000", description = "dialog_events: delay before subscribing"
            + " again after a failed or terminated subscription")
    private long resubscribeInterval = 30000;

    // ---- overload protection and stack tuning (per user agent: the first endpoint's values win)
    @UriParam(label = "common", description = "Transports to listen on, comma separated (udp, tcp), all on"
            + " listenPort. Empty: udp and tcp when transport is udp or tcp (so that a request whose Via says TCP"
            + " can be answered), tls alone when transport is tls. The transport option stays the one the agent's"
            + " own requests use.")
    private String listenTransports;
    @UriParam(label = "consumer", defaultValue = "1000", description = "Most incoming INVITE and MESSAGE requests"
            + " handed to the routes and not yet answered; beyond it a new request is answered 503 with Retry-After"
            + " (overloadAction reject) or dropped (overloadAction drop) without reaching a route")
    private int maxPendingRequests = 1000;
    @UriParam(label = "consumer", defaultValue = "reject", enums = "reject,drop", description = "What happens to a"
            + " request beyond maxPendingRequests: reject (503 Service Unavailable with Retry-After, sent without"
            + " a transaction) or drop (no answer; the caller retransmits)")
    private String overloadAction = "reject";
    @UriParam(label = "consumer", defaultValue = "5", description = "Retry-After of the 503 sent when overloaded,"
            + " seconds (0: no Retry-After header)")
    private int overloadRetryAfter = 5;
    @UriParam(label = "advanced", defaultValue = "4", description = "Threads of the SIP stack that parse received"
            + " messages and run the transaction layer (gov.nist.javax.sip.THREAD_POOL_SIZE)")
    private int stackThreadPoolSize = 4;
    @UriParam(label = "advanced", defaultValue = "10000", description = "Most received UDP datagrams waiting for a"
            + " stack thread; beyond it datagrams are dropped (the senders retransmit). Each waiting datagram holds"
            + " only its own bytes.")
    private int stackQueueSize = 10000;
    @UriParam(label = "advanced", defaultValue = "65536", description = "Largest SIP message accepted, bytes"
            + " (gov.nist.javax.sip.MAX_MESSAGE_SIZE; at least 4096)")
    private int maxMessageSize = 65536;
    @UriParam(label = "advanced", defaultValue = "100000", description = "Most server transactions the stack keeps"
            + " (gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS); above 80 % of it the stack starts dropping new requests")
    private int maxServerTransactions = 100000;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "1000", description = "How often the stack's listener threads are"
            + " checked (0: never). A dead listener (e.g. after an OutOfMemoryError) makes the health"
            + " check DOWN and the stack is restarted.")
    private long watchdogInterval = 1000;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "1000", description = "Delay between finding a dead listener"
            + " thread and restarting the stack")
    private long restartDelay = 1000;
    @UriParam(javaType = "java.time.Duration", label = "consumer", defaultValue = "500", description = "While received datagrams wait longer than this"
            + " for a stack thread (the stack cannot keep up), new incoming INVITE and MESSAGE requests are refused like"
            + " beyond maxPendingRequests (overloadAction) (0: never)")
    private long maxQueueDelay = 500;
    @UriParam(label = "advanced", defaultValue = "500", description = "How long the transaction of an incoming INVITE"
            + " answered with a non-2xx final response lives on once that answer was ACKed, absorbing retransmitted"
            + " ACKs (RFC 3261 timer I, T4: 5000 in the RFC). An ACK retransmitted later is ignored"
            + " anyway; every transaction alive costs memory and timer work, so a redirect server at thousands of"
            + " calls per second keeps far fewer with a short one.")
    private long inviteAckLinger = 500;

    public SipNativeConfiguration copy() {
        try {
            return (SipNativeConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The user agent settings these options describe. */
    public SipAgentConfig toAgentConfig(String resolvedListenAddress) {
        return new SipAgentConfig(identity, displayName, transport == null ? "udp" : transport.toLowerCase(),
                resolvedListenAddress, listenPort, outboundProxy, register, registrar, authUsername, password,
                registerExpires, registerRetryInterval, requestTimeout, userAgent,
                new SipTls(keyStore, keyStorePassword, keyStoreType, trustStore, trustStorePassword, trustStoreType,
                        tlsClientAuth, tlsVerifyHostname),
                SipLimits.listenTransports(transport == null ? "udp" : transport.toLowerCase(), listenTransports),
                new SipLimits(maxPendingRequests, !"drop".equalsIgnoreCase(overloadAction), overloadRetryAfter,
                        stackThreadPoolSize, stackQueueSize, maxMessageSize, maxServerTransactions, watchdogInterval,
                        restartDelay, maxQueueDelay, inviteAckLinger));
    }

    public SipNativeOperation getOperation() {
        return operation;
    }

    public void setOperation(SipNativeOperation operation) {
        this.operation = operation;
    }

    public String getIdentity() {
        return identity;
    }

    public void setIdentity(String identity) {
        this.identity = identity;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getListenAddress() {
        return listenAddress;
    }

    public void setListenAddress(String listenAddress) {
        this.listenAddress = listenAddress;
    }

    public int getListenPort() {
        return listenPort;
    }

    public void setListenPort(int listenPort) {
        this.listenPort = listenPort;
    }

    public String getOutboundProxy() {
        return outboundProxy;
    }

    public void setOutboundProxy(String outboundProxy) {
        this.outboundProxy = outboundProxy;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public boolean isRegister() {
        return register;
    }

    public void setRegister(boolean register) {
        this.register = register;
    }

    public String getRegistrar() {
        return registrar;
    }

    public void setRegistrar(String registrar) {
        this.registrar = registrar;
    }

    public int getRegisterExpires() {
        return registerExpires;
    }

    public void setRegisterExpires(int registerExpires) {
        this.registerExpires = registerExpires;
    }

    public long getRegisterRetryInterval() {
        return registerRetryInterval;
    }

    public void setRegisterRetryInterval(long registerRetryInterval) {
        this.registerRetryInterval = registerRetryInterval;
    }

    public String getAuthUsername() {
        return authUsername;
    }

    public void setAuthUsername(String authUsername) {
        this.authUsername = authUsername;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getAnswerTimeout() {
        return answerTimeout;
    }

    public void setAnswerTimeout(long answerTimeout) {
        this.answerTimeout = answerTimeout;
    }

    public long getStopGracePeriod() {
        return stopGracePeriod;
    }

    public void setStopGracePeriod(long stopGracePeriod) {
        this.stopGracePeriod = stopGracePeriod;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getFirstParty() {
        return firstParty;
    }

    public void setFirstParty(String firstParty) {
        this.firstParty = firstParty;
    }

    public String getSecondParty() {
        return secondParty;
    }

    public void setSecondParty(String secondParty) {
        this.secondParty = secondParty;
    }

    public boolean isAutoAnswer() {
        return autoAnswer;
    }

    public void setAutoAnswer(boolean autoAnswer) {
        this.autoAnswer = autoAnswer;
    }

    public boolean isWaitForTransferResult() {
        return waitForTransferResult;
    }

    public void setWaitForTransferResult(boolean waitForTransferResult) {
        this.waitForTransferResult = waitForTransferResult;
    }

    public long getTransferTimeout() {
        return transferTimeout;
    }

    public void setTransferTimeout(long transferTimeout) {
        this.transferTimeout = transferTimeout;
    }

    public int getDtmfDuration() {
        return dtmfDuration;
    }

    public void setDtmfDuration(int dtmfDuration) {
        this.dtmfDuration = dtmfDuration;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public int getDefaultResponseCode() {
        return defaultResponseCode;
    }

    public void setDefaultResponseCode(int defaultResponseCode) {
        this.defaultResponseCode = defaultResponseCode;
    }

    public String getMonitoredUsers() {
        return monitoredUsers;
    }

    public void setMonitoredUsers(String monitoredUsers) {
        this.monitoredUsers = monitoredUsers;
    }

    public int getSubscribeExpires() {
        return subscribeExpires;
    }

    public void setSubscribeExpires(int subscribeExpires) {
        this.subscribeExpires = subscribeExpires;
    }

    public long getResubscribeInterval() {
        return resubscribeInterval;
    }

    public void setResubscribeInterval(long resubscribeInterval) {
        this.resubscribeInterval = resubscribeInterval;
    }

    public String getKeyStore() {
        return keyStore;
    }

    public void setKeyStore(String keyStore) {
        this.keyStore = keyStore;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public String getKeyStoreType() {
        return keyStoreType;
    }

    public void setKeyStoreType(String keyStoreType) {
        this.keyStoreType = keyStoreType;
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

    public String getTlsClientAuth() {
        return tlsClientAuth;
    }

    public void setTlsClientAuth(String tlsClientAuth) {
        this.tlsClientAuth = tlsClientAuth;
    }

    public boolean isTlsVerifyHostname() {
        return tlsVerifyHostname;
    }

    public void setTlsVerifyHostname(boolean tlsVerifyHostname) {
        this.tlsVerifyHostname = tlsVerifyHostname;
    }

    public String getListenTransports() {
        return listenTransports;
    }

    public void setListenTransports(String listenTransports) {
        this.listenTransports = listenTransports;
    }

    public int getMaxPendingRequests() {
        return maxPendingRequests;
    }

    public void setMaxPendingRequests(int maxPendingRequests) {
        this.maxPendingRequests = maxPendingRequests;
    }

    public String getOverloadAction() {
        return overloadAction;
    }

    public void setOverloadAction(String overloadAction) {
        this.overloadAction = overloadAction;
    }

    public int getOverloadRetryAfter() {
        return overloadRetryAfter;
    }

    public void setOverloadRetryAfter(int overloadRetryAfter) {
        this.overloadRetryAfter = overloadRetryAfter;
    }

    public int getStackThreadPoolSize() {
        return stackThreadPoolSize;
    }

    public void setStackThreadPoolSize(int stackThreadPoolSize) {
        this.stackThreadPoolSize = stackThreadPoolSize;
    }

    public int getStackQueueSize() {
        return stackQueueSize;
    }

    public void setStackQueueSize(int stackQueueSize) {
        this.stackQueueSize = stackQueueSize;
    }

    public int getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public int getMaxServerTransactions() {
        return maxServerTransactions;
    }

    public void setMaxServerTransactions(int maxServerTransactions) {
        this.maxServerTransactions = maxServerTransactions;
    }

    public long getWatchdogInterval() {
        return watchdogInterval;
    }

    public void setWatchdogInterval(long watchdogInterval) {
        this.watchdogInterval = watchdogInterval;
    }

    public long getRestartDelay() {
        return restartDelay;
    }

    public void setRestartDelay(long restartDelay) {
        this.restartDelay = restartDelay;
    }

    public long getMaxQueueDelay() {
        return maxQueueDelay;
    }

    public void setMaxQueueDelay(long maxQueueDelay) {
        this.maxQueueDelay = maxQueueDelay;
    }

    public long getInviteAckLinger() {
        return inviteAckLinger;
    }

    public void setInviteAckLinger(long inviteAckLinger) {
        this.inviteAckLinger = inviteAckLinger;
    }
}
