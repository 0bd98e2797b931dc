package io.callcontrol.camel.callcontrol.springboot;

import io.callcontrol.camel.callcontrol.CallControlConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Vendor-neutral call control over the suite's PBX components. Spring Boot properties
 * {@code camel.component.callcontrol.*}: one per component option of the catalog, with its description and default.
 */
@ConfigurationProperties(prefix = "camel.component.callcontrol")
public class CallControlComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the callcontrol component. This is enabled by default.
     */
    @SuppressWarnings("unused")
    private Boolean enabled;

    /**
     * Component-level configuration shared by every endpoint (each endpoint gets a copy). The option is a
     * io.callcontrol.camel.callcontrol.CallControlConfiguration type (a bean reference such as #bean:myBean).
     */
    private CallControlConfiguration configuration;

    /**
     * The PBX: a configured vendor endpoint, as the name of a registry bean holding the endpoint (or its URI),
     * #name, or a vendor endpoint URI (portsip:initiate, ...). The header CamelCallControlPbx overrides it, so one
     * route serves many PBXs. The consumer needs the vendor's event endpoint (portsip:events,
     * portasip:call_control_notifications, uc-dialogs:events, broadworks:calls, sipx:status, sip-native:dialog_events).
     */
    private String pbx;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will use
     * the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level
     * and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * events: also route the vendor consumer's exchanges that carry no call event (gap signals after a reconnect),
     * flagged with CamelCallControlGap.
     */
    private Boolean includeGaps = false;

    /**
     * originate: wait for the call's outcome (answered, busy, no-answer, rejected, failed) from the vendor's events
     * (outcomeEvents), its status (sipX polling) or the SIP transaction (sip-native), correlated by the call id the
     * PBX answered; after outcomeTimeout the outcome is TIMEOUT. Without it, originate answers the call id as soon
     * as the PBX accepted the call (outcome PENDING).
     */
    private Boolean awaitOutcome = false;

    /**
     * originate: the called party, when neither header nor body names it.
     */
    private String callee;

    /**
     * originate: the calling party, when neither header nor body names it.
     */
    private String caller;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * The most originate requests in flight at once per PBX (0: no limit); the others wait in order. The first
     * endpoint that reaches a PBX sets its limits.
     */
    private Integer maxConcurrentOriginates = 10;

    /**
     * The most originate requests waiting for the throttle per PBX; beyond, originate fails at once (nothing sent).
     */
    private Integer maxQueuedOriginates = 10000;

    /**
     * The most originate requests started per second per PBX (0: no limit).
     */
    private Double originateRate = 0.0;

    /**
     * originate with awaitOutcome: the vendor's event endpoint the outcome is read from (a registry bean name, #name
     * or a URI, e.g. portsip:eventseventChannel=wsi). One consumer per URI is shared by every callcontrol endpoint;
     * it starts with the producer. Not needed for sipX (polled) and sip-native (the SIP transaction).
     */
    private String outcomeEvents;

    /**
     * originate with awaitOutcome on sipX: how often the call's status is polled, in milliseconds.
     */
    private Long outcomePollInterval = 1000L;

    /**
     * originate with awaitOutcome: the longest wait for the outcome, in milliseconds.
     */
    private Long outcomeTimeout = 60000L;

    /**
     * The party (extension, user, dialog side) on whose behalf the operation acts, where the vendor needs one
     * (PortSIP extension_number of hold/unhold/refer, UC dialogs by/side, BroadWorks user id).
     */
    private String party;

    /**
     * blind_transfer: the target, when neither header nor body names it.
     */
    private String target;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    public CallControlConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CallControlConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getPbx() {
        return pbx;
    }

    public void setPbx(String pbx) {
        this.pbx = pbx;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getIncludeGaps() {
        return includeGaps;
    }

    public void setIncludeGaps(Boolean includeGaps) {
        this.includeGaps = includeGaps;
    }

    public Boolean getAwaitOutcome() {
        return awaitOutcome;
    }

    public void setAwaitOutcome(Boolean awaitOutcome) {
        this.awaitOutcome = awaitOutcome;
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

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getMaxConcurrentOriginates() {
        return maxConcurrentOriginates;
    }

    public void setMaxConcurrentOriginates(Integer maxConcurrentOriginates) {
        this.maxConcurrentOriginates = maxConcurrentOriginates;
    }

    public Integer getMaxQueuedOriginates() {
        return maxQueuedOriginates;
    }

    public void setMaxQueuedOriginates(Integer maxQueuedOriginates) {
        this.maxQueuedOriginates = maxQueuedOriginates;
    }

    public Double getOriginateRate() {
        return originateRate;
    }

    public void setOriginateRate(Double originateRate) {
        this.originateRate = originateRate;
    }

    public String getOutcomeEvents() {
        return outcomeEvents;
    }

    public void setOutcomeEvents(String outcomeEvents) {
        this.outcomeEvents = outcomeEvents;
    }

    public Long getOutcomePollInterval() {
        return outcomePollInterval;
    }

    public void setOutcomePollInterval(Long outcomePollInterval) {
        this.outcomePollInterval = outcomePollInterval;
    }

    public Long getOutcomeTimeout() {
        return outcomeTimeout;
    }

    public void setOutcomeTimeout(Long outcomeTimeout) {
        this.outcomeTimeout = outcomeTimeout;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }
}
