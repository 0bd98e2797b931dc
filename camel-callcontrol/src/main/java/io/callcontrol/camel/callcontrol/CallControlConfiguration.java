package io.callcontrol.camel.callcontrol;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of the callcontrol component and its endpoints (each endpoint gets a copy of the component's). */
@UriParams
public class CallControlConfiguration implements Cloneable {

    @UriPath(description = "The neutral operation; the consumer uses events.",
             enums = "originate,hangup,hold,unhold,blind_transfer,attended_transfer,send_dtmf,start_recording,"
                     + "stop_recording,list_calls,events")
    @Metadata(required = true)
    private CallControlOperation operation;

    @UriParam(description = "The PBX: a configured vendor endpoint, as the name of a registry bean holding the"
                            + " endpoint (or its URI), #name, or a vendor endpoint URI (portsip:initiate, ...). The"
                            + " header CamelCallControlPbx overrides it, so one route serves many PBXs. The consumer"
                            + " needs the vendor's event endpoint (portsip:events, portasip:call_control_notifications,"
                            + " uc-dialogs:events, broadworks:calls, sipx:status, sip-native:dialog_events).")
    private String pbx;

    @UriParam(label = "producer", description = "originate: the calling party, when neither header nor body names it.")
    private String caller;
    @UriParam(label = "producer", description = "originate: the called party, when neither header nor body names it.")
    private String callee;
    @UriParam(label = "producer", description = "blind_transfer: the target, when neither header nor body names it.")
    private String target;
    @UriParam(label = "producer", description = "The party (extension, user, dialog side) on whose behalf the"
                                                + " operation acts, where the vendor needs one (PortSIP"
                                                + " extension_number of hold/unhold/refer, UC dialogs by/side,"
                                                + " BroadWorks user id).")
    private String party;

    @UriParam(label = "producer", defaultValue = "false",
              description = "originate: wait for the call's outcome (answered, busy, no-answer, rejected, failed) from"
                            + " the vendor's events (outcomeEvents), its status (sipX polling) or the SIP transaction"
                            + " (sip-native), correlated by the call id the PBX answered; after outcomeTimeout the"
                            + " outcome is TIMEOUT. Without it, originate answers the call id as soon as the PBX"
                            + " accepted the call (outcome PENDING).")
    private boolean awaitOutcome;
    @UriParam(javaType = "java.time.Duration", label = "producer", defaultValue = "60000", description = "originate with awaitOutcome: the longest"
                                                                       + " wait for the outcome.")
    private long outcomeTimeout = 60000;
    @UriParam(label = "producer", description = "originate with awaitOutcome: the vendor's event endpoint the outcome"
                                                + " is read from (a registry bean name, #name or a URI, e.g."
                                                + " portsip:events?eventChannel=wsi). One consumer per URI is shared"
                                                + " by every callcontrol endpoint; it starts with the producer. Not"
                                                + " needed for sipX (polled) and sip-native (the SIP transaction).")
    private String outcomeEvents;
    @UriParam(javaType = "java.time.Duration", label = "producer", defaultValue = "1000", description = "originate with awaitOutcome on sipX: how often"
                                                                      + " the call's status is polled.")
    private long outcomePollInterval = 1000;

    @UriParam(label = "producer", defaultValue = "10", description = "The most originate requests in flight at once"
                                                                    + " per PBX (0: no limit); the others wait in"
                                                                    + " order. The first endpoint that reaches a PBX"
                                                                    + " sets its limits.")
    private int maxConcurrentOriginates = 10;
    @UriParam(label = "producer", defaultValue = "0", description = "The most originate requests started per second"
                                                                   + " per PBX (0: no limit).")
    private double originateRate;
    @UriParam(label = "producer", defaultValue = "10000", description = "The most originate requests waiting for the"
                                                                       + " throttle per PBX; beyond, originate fails"
                                                                       + " at once (nothing sent).")
    private int maxQueuedOriginates = 10000;

    @UriParam(label = "consumer", defaultValue = "false", description = "events: also route the vendor consumer's"
                                                                       + " exchanges that carry no call event (gap"
                                                                       + " signals after a reconnect), flagged with"
                                                                       + " CamelCallControlGap.")
    private boolean includeGaps;

    public CallControlOperation getOperation() {
        return operation;
    }

    public void setOperation(CallControlOperation operation) {
        this.operation = operation;
    }

    public String getPbx() {
        return pbx;
    }

    public void setPbx(String pbx) {
        this.pbx = pbx;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public String getCallee() {
        return callee;
    }

    public void setCallee(String callee) {
        this.callee = callee;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public boolean isAwaitOutcome() {
        return awaitOutcome;
    }

    public void setAwaitOutcome(boolean awaitOutcome) {
        this.awaitOutcome = awaitOutcome;
    }

    public long getOutcomeTimeout() {
        return outcomeTimeout;
    }

    public void setOutcomeTimeout(long outcomeTimeout) {
        this.outcomeTimeout = outcomeTimeout;
    }

    public String getOutcomeEvents() {
        return outcomeEvents;
    }

    public void setOutcomeEvents(String outcomeEvents) {
        this.outcomeEvents = outcomeEvents;
    }

    public long getOutcomePollInterval() {
        return outcomePollInterval;
    }

    public void setOutcomePollInterval(long outcomePollInterval) {
        this.outcomePollInterval = outcomePollInterval;
    }

    public int getMaxConcurrentOriginates() {
        return maxConcurrentOriginates;
    }

    public void setMaxConcurrentOriginates(int maxConcurrentOriginates) {
        this.maxConcurrentOriginates = maxConcurrentOriginates;
    }

    public double getOriginateRate() {
        return originateRate;
    }

    public void setOriginateRate(double originateRate) {
        this.originateRate = originateRate;
    }

    public int getMaxQueuedOriginates() {
        return maxQueuedOriginates;
    }

    public void setMaxQueuedOriginates(int maxQueuedOriginates) {
        this.maxQueuedOriginates = maxQueuedOriginates;
    }

    public boolean isIncludeGaps() {
        return includeGaps;
    }

    public void setIncludeGaps(boolean includeGaps) {
        this.includeGaps = includeGaps;
    }

    public CallControlConfiguration copy() {
        try {
            return (CallControlConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
