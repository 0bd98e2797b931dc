package io.callcontrol.camel.broadworks.springboot;

import io.callcontrol.core.event.StaleEvents;
import io.callcontrol.camel.broadworks.BroadworksConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Control the calls of a BroadWorks user (Click-to-Dial, hold, transfers, recording, retrieve, IMRN) through the
 * APIO call service, and receive call events by polling the user's call list. Spring Boot properties {@code
 * camel.component.broadworks.*}: one per component option of the catalog, with its description and default. Secret
 * options (accessToken, password, username) are never logged by the starter, and this class has no toString method.
 */
@ConfigurationProperties(prefix = "camel.component.broadworks")
public class BroadworksComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the broadworks component. This is enabled by default.
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
     * Base URL of the APIO server in front of BroadWorks, e.g. https://apio.example.com (the component adds
     * /api/v1/tenants/...).
     */
    private String baseUrl;

    /**
     * Component-level configuration shared by every endpoint (each endpoint gets a copy). The option is a
     * io.callcontrol.camel.broadworks.BroadworksConfiguration type (a bean reference such as #bean:myBean).
     */
    private BroadworksConfiguration configuration;

    /**
     * Group id of the user (path segment groups/{groupId}). The header CamelBroadworksGroupId overrides it.
     */
    private String groupId;

    /**
     * Tenant id of the user (path segment tenants/{tenantId}). The header CamelBroadworksTenantId overrides it.
     */
    private String tenantId;

    /**
     * User id whose calls are controlled (path segment users/{userId}). The header CamelBroadworksUserId overrides
     * it.
     */
    private String userId;

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
     * Whether the first poll emits an event for every call already in progress (call_appeared). When false, the
     * first poll only records them.
     */
    private Boolean emitInitialCalls = true;

    /**
     * Call id for get_call, release and the modify operations.
     */
    private String callId;

    /**
     * Calling phone number or extension: create_imrn.
     */
    private String callingPhoneNumber;

    /**
     * list_calls: return the calls with their details (state, remote party, times).
     */
    private Boolean includeDetails = false;

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
     * Called phone number or extension: call, blind_transfer, create_imrn.
     */
    private String phoneNumber;

    /**
     * Call id of the consulted party: consultative_transfer.
     */
    private String transferCallId;

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
     * Static bearer token (APIO machine token). When set, no login is made.
     */
    private String accessToken;

    /**
     * Path of the APIO login (POST username/password - access_token, refresh_token). The path for the /api/v1
     * generation is not documented, hence configurable.
     */
    private String loginPath = "/api/v01/auth/login";

    /**
     * APIO login password.
     */
    private String password;

    /**
     * Path of the APIO token refresh (GET with the refresh token as Bearer).
     */
    private String refreshPath = "/api/v01/auth/access_token";

    /**
     * APIO login user name.
     */
    private String username;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public BroadworksConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BroadworksConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitInitialCalls() {
        return emitInitialCalls;
    }

    public void setEmitInitialCalls(Boolean emitInitialCalls) {
        this.emitInitialCalls = emitInitialCalls;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getCallingPhoneNumber() {
        return callingPhoneNumber;
    }

    public void setCallingPhoneNumber(String callingPhoneNumber) {
        this.callingPhoneNumber = callingPhoneNumber;
    }

    public Boolean getIncludeDetails() {
        return includeDetails;
    }

    public void setIncludeDetails(Boolean includeDetails) {
        this.includeDetails = includeDetails;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getTransferCallId() {
        return transferCallId;
    }

    public void setTransferCallId(String transferCallId) {
        this.transferCallId = transferCallId;
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

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getLoginPath() {
        return loginPath;
    }

    public void setLoginPath(String loginPath) {
        this.loginPath = loginPath;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRefreshPath() {
        return refreshPath;
    }

    public void setRefreshPath(String refreshPath) {
        this.refreshPath = refreshPath;
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
