package io.callcontrol.camel.sipnative.springboot;

import io.callcontrol.core.event.StaleEvents;
import io.callcontrol.camel.sipnative.SipNativeConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Call control straight over SIP: originate (3PCC), click-to-dial, transfer, hangup, hold/talk, DTMF, MESSAGE and
 * OPTIONS; incoming INVITE and MESSAGE requests and dialog event subscriptions as consumers. Spring Boot properties
 * {@code camel.component.sip-native.*}: one per component option of the catalog, with its description and default.
 * Secret options (password, keyStorePassword, trustStorePassword) are never logged by the starter, and this class has no toString method.
 */
@ConfigurationProperties(prefix = "camel.component.sip-native")
public class SipNativeComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the sip-native component. This is enabled by default.
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
     * Component-level defaults of every option (identity, transport, registration, ...). The option is a
     * io.callcontrol.camel.sipnative.SipNativeConfiguration type (a bean reference such as #bean:myBean).
     */
    private SipNativeConfiguration configuration;

    /**
     * Display name put in the From header
     */
    private String displayName;

    /**
     * The SIP identity (address of record) of the user agent: a sip URI of the agent's user name at the PBX domain.
     * Endpoints naming the same identity on the same listen address, port and transport share one user agent.
     */
    private String identity;

    /**
     * Local IP address to listen on and to advertise in Via and Contact (defaults to the address of the host name)
     */
    private String listenAddress;

    /**
     * Local port to listen on
     */
    private Integer listenPort = 5060;

    /**
     * Outbound proxy (host:port, optionally /transport) through which every out-of-dialog request is sent, e.g. the
     * PBX's SBC
     */
    private String outboundProxy;

    /**
     * SIP transport of the user agent. TLS uses the keyStore and trustStore options (or, without a keyStore, the
     * JVM's javax.net.ssl settings).
     */
    private String transport = "udp";

    /**
     * Value of the User-Agent header
     */
    private String userAgent = "callcontrol-camel";

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
     * invite: status sent when the route neither rejects, redirects nor answers the call
     */
    private Integer defaultResponseCode = 480;

    /**
     * dialog_events: comma separated users whose dialogs are monitored (SIP URIs, user and host without the sip:
     * scheme, or bare users of the identity's domain)
     */
    private String monitoredUsers;

    /**
     * dialog_events: delay before subscribing again after a failed or terminated subscription, milliseconds
     */
    private Long resubscribeInterval = 30000L;

    /**
     * dialog_events: subscription lifetime asked for, seconds (refreshed at 80 %)
     */
    private Integer subscribeExpires = 3600;

    /**
     * How long an INVITE may ring before the component gives up and sends CANCEL, milliseconds. In originate the
     * first party's 200 OK is retransmitted until the second party answers: keep it under 32 s (RFC 3261 timer H).
     */
    private Long answerTimeout = 30000L;

    /**
     * click_to_dial: ask the first party's phone to answer automatically (Alert-Info: ...;info=AutoAnswer and
     * Call-Info: ...;answer-after=0)
     */
    private Boolean autoAnswer = true;

    /**
     * message: content type of the body; header CamelSipNativeContentType overrides it
     */
    private String contentType = "text/plain";

    /**
     * send_dtmf: duration of each digit, milliseconds
     */
    private Integer dtmfDuration = 160;

    /**
     * First party of originate and click_to_dial (the phone called first); header CamelSipNativeFirstParty
     * overrides it
     */
    private String firstParty;

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
     * Second party of originate; header CamelSipNativeSecondParty overrides it
     */
    private String secondParty;

    /**
     * Target of message, options, hold, talk, transfer and click_to_dial (a SIP URI, user and host without the sip:
     * scheme, or a bare user of the identity's domain); header CamelSipNativeTarget overrides it
     */
    private String target;

    /**
     * How long to wait for the final NOTIFY of a REFER, milliseconds
     */
    private Long transferTimeout = 60000L;

    /**
     * transfer and click_to_dial: follow the REFER's NOTIFY progress (message/sipfrag) to the final result before
     * completing; when false the exchange completes once the REFER is accepted (202)
     */
    private Boolean waitForTransferResult = true;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Timeout of a non-INVITE transaction (REGISTER, SUBSCRIBE, BYE, REFER, INFO, MESSAGE, OPTIONS, NOTIFY),
     * milliseconds. UDP retransmissions follow RFC 3261 within it.
     */
    private Long requestTimeout = 10000L;

    /**
     * On stop, how long to wait for the answers to the CANCEL, BYE, unREGISTER and unSUBSCRIBE requests sent,
     * milliseconds
     */
    private Long stopGracePeriod = 2000L;

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
     * Whether to REGISTER the identity (refreshed before expiry, retried after a failure, removed on stop)
     */
    private Boolean register = false;

    /**
     * Registration lifetime asked for, seconds
     */
    private Integer registerExpires = 3600;

    /**
     * Delay before REGISTER is tried again after a failure, milliseconds
     */
    private Long registerRetryInterval = 30000L;

    /**
     * Registrar URI (defaults to sip:{domain of the identity})
     */
    private String registrar;

    /**
     * Digest user name (defaults to the user part of the identity)
     */
    private String authUsername;

    /**
     * Digest password, used to answer 401/407 challenges to any request
     */
    private String password;

    /**
     * transport tls: path of the key store file holding the user agent's certificate and private key, presented to peers that connect to it (and to servers that ask for a client certificate). Read when the user agent starts.
     */
    private String keyStore;

    /**
     * transport tls: password of the key store
     */
    private String keyStorePassword;

    /**
     * transport tls: type of the key store (PKCS12, JKS); the JVM's default type when not set
     */
    private String keyStoreType;

    /**
     * transport tls: path of the trust store file whose certificates decide which peers are accepted; the key store when not set
     */
    private String trustStore;

    /**
     * transport tls: password of the trust store; the key store's when not set
     */
    private String trustStorePassword;

    /**
     * transport tls: type of the trust store; the key store's when not set
     */
    private String trustStoreType;

    /**
     * transport tls: whether peers connecting to the user agent must present a certificate the trust store accepts (Enabled), are asked for one (Want) or not (Disabled). DisabledAll also accepts any server certificate when the agent connects: for tests only.
     */
    private String tlsClientAuth = "Disabled";

    /**
     * transport tls: whether the certificate of a server the user agent connects to must name the host the request goes to (the outbound proxy, or the Request-URI's host) in its subjectAltName (IP address, DNS name, sip: URI) or, without those, its common name. A mismatch fails the request with a connection error.
     */
    private Boolean tlsVerifyHostname = true;

    /**
     * Transports to listen on, comma separated (udp, tcp), all on listenPort. Empty: udp and tcp when transport is
     * udp or tcp (so that a request whose Via says TCP can be answered), tls alone when transport is tls. The
     * transport option stays the one the agent's own requests use.
     */
    private String listenTransports;

    /**
     * Most incoming INVITE and MESSAGE requests handed to the routes and not yet answered; beyond it a new request
     * is answered 503 with Retry-After (overloadAction reject) or dropped (overloadAction drop) without reaching a
     * route
     */
    private Integer maxPendingRequests = 1000;

    /**
     * What happens to a request beyond maxPendingRequests: reject (503 Service Unavailable with Retry-After, sent
     * without a transaction) or drop (no answer; the caller retransmits)
     */
    private String overloadAction = "reject";

    /**
     * Retry-After of the 503 sent when overloaded, seconds (0: no Retry-After header)
     */
    private Integer overloadRetryAfter = 5;

    /**
     * Threads of the SIP stack that parse received messages and run the transaction layer
     * (gov.nist.javax.sip.THREAD_POOL_SIZE)
     */
    private Integer stackThreadPoolSize = 4;

    /**
     * Most received UDP datagrams waiting for a stack thread; beyond it datagrams are dropped (the senders
     * retransmit). Each waiting datagram holds only its own bytes.
     */
    private Integer stackQueueSize = 10000;

    /**
     * Largest SIP message accepted, bytes (gov.nist.javax.sip.MAX_MESSAGE_SIZE; at least 4096)
     */
    private Integer maxMessageSize = 65536;

    /**
     * Most server transactions the stack keeps (gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS); above 80 % of it the
     * stack starts dropping new requests
     */
    private Integer maxServerTransactions = 100000;

    /**
     * How often the stack's listener threads are checked, milliseconds (0: never). A dead listener (e.g. after an
     * OutOfMemoryError) makes the health check DOWN and the stack is restarted.
     */
    private Long watchdogInterval = 1000L;

    /**
     * Delay between finding a dead listener thread and restarting the stack, milliseconds
     */
    private Long restartDelay = 1000L;

    /**
     * While received datagrams wait longer than this for a stack thread (the stack cannot keep up), new incoming
     * INVITE and MESSAGE requests are refused like beyond maxPendingRequests (overloadAction), milliseconds (0:
     * never)
     */
    private Long maxQueueDelay = 500L;

    /**
     * How long the transaction of an incoming INVITE answered with a non-2xx final response lives on once that
     * answer was ACKed, absorbing retransmitted ACKs (RFC 3261 timer I, T4: 5000 in the RFC), milliseconds. An ACK
     * retransmitted later is ignored anyway; every transaction alive costs memory and timer work, so a redirect
     * server at thousands of calls per second keeps far fewer with a short one.
     */
    private Long inviteAckLinger = 500L;

    public SipNativeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SipNativeConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getIdentity() {
        return identity;
    }

    public void setIdentity(String identity) {
        this.identity = identity;
    }

    public String getListenAddress() {
        return listenAddress;
    }

    public void setListenAddress(String listenAddress) {
        this.listenAddress = listenAddress;
    }

    public Integer getListenPort() {
        return listenPort;
    }

    public void setListenPort(Integer listenPort) {
        this.listenPort = listenPort;
    }

    public String getOutboundProxy() {
        return outboundProxy;
    }

    public void setOutboundProxy(String outboundProxy) {
        this.outboundProxy = outboundProxy;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Integer getDefaultResponseCode() {
        return defaultResponseCode;
    }

    public void setDefaultResponseCode(Integer defaultResponseCode) {
        this.defaultResponseCode = defaultResponseCode;
    }

    public String getMonitoredUsers() {
        return monitoredUsers;
    }

    public void setMonitoredUsers(String monitoredUsers) {
        this.monitoredUsers = monitoredUsers;
    }

    public Long getResubscribeInterval() {
        return resubscribeInterval;
    }

    public void setResubscribeInterval(Long resubscribeInterval) {
        this.resubscribeInterval = resubscribeInterval;
    }

    public Integer getSubscribeExpires() {
        return subscribeExpires;
    }

    public void setSubscribeExpires(Integer subscribeExpires) {
        this.subscribeExpires = subscribeExpires;
    }

    public Long getAnswerTimeout() {
        return answerTimeout;
    }

    public void setAnswerTimeout(Long answerTimeout) {
        this.answerTimeout = answerTimeout;
    }

    public Boolean getAutoAnswer() {
        return autoAnswer;
    }

    public void setAutoAnswer(Boolean autoAnswer) {
        this.autoAnswer = autoAnswer;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public Integer getDtmfDuration() {
        return dtmfDuration;
    }

    public void setDtmfDuration(Integer dtmfDuration) {
        this.dtmfDuration = dtmfDuration;
    }

    public String getFirstParty() {
        return firstParty;
    }

    public void setFirstParty(String firstParty) {
        this.firstParty = firstParty;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getSecondParty() {
        return secondParty;
    }

    public void setSecondParty(String secondParty) {
        this.secondParty = secondParty;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getTransferTimeout() {
        return transferTimeout;
    }

    public void setTransferTimeout(Long transferTimeout) {
        this.transferTimeout = transferTimeout;
    }

    public Boolean getWaitForTransferResult() {
        return waitForTransferResult;
    }

    public void setWaitForTransferResult(Boolean waitForTransferResult) {
        this.waitForTransferResult = waitForTransferResult;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Long getStopGracePeriod() {
        return stopGracePeriod;
    }

    public void setStopGracePeriod(Long stopGracePeriod) {
        this.stopGracePeriod = stopGracePeriod;
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

    public Boolean getRegister() {
        return register;
    }

    public void setRegister(Boolean register) {
        this.register = register;
    }

    public Integer getRegisterExpires() {
        return registerExpires;
    }

    public void setRegisterExpires(Integer registerExpires) {
        this.registerExpires = registerExpires;
    }

    public Long getRegisterRetryInterval() {
        return registerRetryInterval;
    }

    public void setRegisterRetryInterval(Long registerRetryInterval) {
        this.registerRetryInterval = registerRetryInterval;
    }

    public String getRegistrar() {
        return registrar;
    }

    public void setRegistrar(String registrar) {
        this.registrar = registrar;
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

    public Boolean getTlsVerifyHostname() {
        return tlsVerifyHostname;
    }

    public void setTlsVerifyHostname(Boolean tlsVerifyHostname) {
        this.tlsVerifyHostname = tlsVerifyHostname;
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

    public String getListenTransports() {
        return listenTransports;
    }

    public void setListenTransports(String listenTransports) {
        this.listenTransports = listenTransports;
    }

    public Integer getMaxPendingRequests() {
        return maxPendingRequests;
    }

    public void setMaxPendingRequests(Integer maxPendingRequests) {
        this.maxPendingRequests = maxPendingRequests;
    }

    public String getOverloadAction() {
        return overloadAction;
    }

    public void setOverloadAction(String overloadAction) {
        this.overloadAction = overloadAction;
    }

    public Integer getOverloadRetryAfter() {
        return overloadRetryAfter;
    }

    public void setOverloadRetryAfter(Integer overloadRetryAfter) {
        this.overloadRetryAfter = overloadRetryAfter;
    }

    public Integer getStackThreadPoolSize() {
        return stackThreadPoolSize;
    }

    public void setStackThreadPoolSize(Integer stackThreadPoolSize) {
        this.stackThreadPoolSize = stackThreadPoolSize;
    }

    public Integer getStackQueueSize() {
        return stackQueueSize;
    }

    public void setStackQueueSize(Integer stackQueueSize) {
        this.stackQueueSize = stackQueueSize;
    }

    public Integer getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(Integer maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public Integer getMaxServerTransactions() {
        return maxServerTransactions;
    }

    public void setMaxServerTransactions(Integer maxServerTransactions) {
        this.maxServerTransactions = maxServerTransactions;
    }

    public Long getWatchdogInterval() {
        return watchdogInterval;
    }

    public void setWatchdogInterval(Long watchdogInterval) {
        this.watchdogInterval = watchdogInterval;
    }

    public Long getRestartDelay() {
        return restartDelay;
    }

    public void setRestartDelay(Long restartDelay) {
        this.restartDelay = restartDelay;
    }

    public Long getMaxQueueDelay() {
        return maxQueueDelay;
    }

    public void setMaxQueueDelay(Long maxQueueDelay) {
        this.maxQueueDelay = maxQueueDelay;
    }

    public Long getInviteAckLinger() {
        return inviteAckLinger;
    }

    public void setInviteAckLinger(Long inviteAckLinger) {
        this.inviteAckLinger = inviteAckLinger;
    }
}
