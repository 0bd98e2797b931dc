package io.callcontrol.camel.sipx.springboot;

import io.callcontrol.core.event.StaleEvents;
import io.callcontrol.camel.sipx.SipxAuthMethod;
import io.callcontrol.camel.sipx.SipxConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start, transfer and follow third-party calls with the sipX call controller: the producer sends call, transfer and
 * status requests; the {@code sipx:status} consumer polls one calling/called pair and emits each new status line or
 * dialog state once. Spring Boot properties {@code camel.component.sipx.*}: one per component option of the
 * catalog, with its description and default. Secret options (password, username) are never logged by the starter,
 * and this class has no toString method.
 */
@ConfigurationProperties(prefix = "camel.component.sipx")
public class SipxComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the sipx component. This is enabled by default.
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
     * The agent placing a third-party call; the server defaults it to the calling user. The status of a call placed
     * by an agent is read with the same agent.
     */
    private String agent;

    /**
     * Base URL before /callcontroller: the call controller port (https://host:6666 with Basic, http://host:6667
     * with Digest) or the sipxconfig redirector (https://host/sipxconfig/rest/my/redirect, Digest).
     */
    private String baseUrl;

    /**
     * The called user. The header CamelSipxCalledUser overrides it.
     */
    private String calledUser;

    /**
     * The calling user (alerted first). The header CamelSipxCallingUser overrides it.
     */
    private String callingUser;

    /**
     * Component-level configuration shared by every endpoint (each endpoint gets a copy). The option is a
     * io.callcontrol.camel.sipx.SipxConfiguration type (a bean reference such as #bean:myBean).
     */
    private SipxConfiguration configuration;

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
     * Whether forwarding is allowed for the initial INVITE (isForwardingAllowed, server default false).
     */
    private Boolean forwardingAllowed;

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
     * Seconds the server keeps the call progress record (server default 180).
     */
    private Integer resultCacheTime;

    /**
     * SIP method of the call: REFER (server default) or INVITE (needed for a later transfer).
     */
    private String sipMethod;

    /**
     * Subject of the call: the SIP Subject header of the initial INVITE.
     */
    private String subject;

    /**
     * Transfer target user (transfer).
     */
    private String target;

    /**
     * Seconds the calling party is alerted before the call is aborted (server default 180).
     */
    private Integer timeout;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Connect timeout in milliseconds.
     */
    private Integer connectTimeout = 5000;

    /**
     * Response timeout in milliseconds.
     */
    private Integer responseTimeout = 30000;

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
     * Authentication: basic (port 6666), digest (port 6667 and the redirector) or none (sipX trusted domain).
     */
    private SipxAuthMethod authMethod = SipxAuthMethod.digest;

    /**
     * Password (the user's PIN).
     */
    private String password;

    /**
     * User name: the calling user or the agent.
     */
    private String username;

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCalledUser() {
        return calledUser;
    }

    public void setCalledUser(String calledUser) {
        this.calledUser = calledUser;
    }

    public String getCallingUser() {
        return callingUser;
    }

    public void setCallingUser(String callingUser) {
        this.callingUser = callingUser;
    }

    public SipxConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SipxConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getForwardingAllowed() {
        return forwardingAllowed;
    }

    public void setForwardingAllowed(Boolean forwardingAllowed) {
        this.forwardingAllowed = forwardingAllowed;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getResultCacheTime() {
        return resultCacheTime;
    }

    public void setResultCacheTime(Integer resultCacheTime) {
        this.resultCacheTime = resultCacheTime;
    }

    public String getSipMethod() {
        return sipMethod;
    }

    public void setSipMethod(String sipMethod) {
        this.sipMethod = sipMethod;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Integer getTimeout() {
        return timeout;
    }

    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
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

    public Integer getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Integer responseTimeout) {
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

    public SipxAuthMethod getAuthMethod() {
        return authMethod;
    }

    public void setAuthMethod(SipxAuthMethod authMethod) {
        this.authMethod = authMethod;
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
}
