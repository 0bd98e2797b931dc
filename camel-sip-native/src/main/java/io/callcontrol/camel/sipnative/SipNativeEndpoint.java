package io.callcontrol.camel.sipnative;

import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Call control straight over SIP: originate (3PCC), click-to-dial, transfer, hangup, hold/talk, DTMF, MESSAGE
 * and OPTIONS; incoming INVITE and MESSAGE requests and dialog event subscriptions as consumers.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sip-native", title = "SIP Native Call Control",
             syntax = "sip-native:operation", category = { Category.API, Category.MOBILE },
             headersClass = SipNativeConstants.class)
public class SipNativeEndpoint extends DefaultEndpoint {

    @UriParam
    private SipNativeConfiguration configuration;

    private SipUserAgent agent;

    public SipNativeEndpoint(String uri, SipNativeComponent component, SipNativeConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public SipNativeComponent getComponent() {
        return (SipNativeComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        SipNativeOperation op = configuration.getOperation();
        if (op != null && !op.isProducer()) {
            throw new IllegalArgumentException("sip-native:" + op + " is a consumer, it cannot be used in to()");
        }
        return new SipNativeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        SipNativeOperation op = configuration.getOperation();
        if (op == null || !op.isConsumer()) {
            throw new IllegalArgumentException("sip-native:" + op + " is not a consumer; use invite, message or dialog_events");
        }
        Consumer consumer = op == SipNativeOperation.dialog_events
                ? new SipNativeDialogEventsConsumer(this, processor)
                : new SipNativeConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getIdentity() == null || configuration.getIdentity().isBlank()) {
            throw new IllegalArgumentException("sip-native: the identity option is required (e.g. sip:agent@pbx.example.com)");
        }
        agent = getComponent().acquireAgent(configuration);
    }

    @Override
    protected void doStop() throws Exception {
        SipUserAgent a = agent;
        agent = null;
        if (a != null) {
            getComponent().releaseAgent(a, configuration.getStopGracePeriod());
        }
        super.doStop();
    }

    /** The user agent this endpoint uses (null while stopped). */
    public SipUserAgent getAgent() {
        return agent;
    }

    public SipNativeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SipNativeConfiguration configuration) {
        this.configuration = configuration;
    }
}
