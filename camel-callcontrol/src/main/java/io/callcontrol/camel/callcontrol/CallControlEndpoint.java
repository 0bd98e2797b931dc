package io.callcontrol.camel.callcontrol;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Vendor-neutral call control: originate, hang up, hold, transfer, send DTMF, record and list calls on any of the
 * suite's PBXs, and receive their normalized call events, with one vocabulary; the PBX is a configured vendor
 * endpoint named per endpoint or per message.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = CallControlConstants.SCHEME, title = "Call Control (vendor-neutral)",
             syntax = "callcontrol:operation", category = { Category.API }, headersClass = CallControlConstants.class)
public class CallControlEndpoint extends DefaultEndpoint {

    @UriParam
    private CallControlConfiguration configuration;

    public CallControlEndpoint(String uri, CallControlComponent component, CallControlConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CallControlComponent getComponent() {
        return (CallControlComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (configuration.getOperation() == CallControlOperation.events) {
            throw new IllegalArgumentException("callcontrol:events is a consumer; producers use an operation such as"
                    + " callcontrol:originate");
        }
        return new CallControlProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() != CallControlOperation.events) {
            throw new IllegalArgumentException("The callcontrol consumer is callcontrol:events, not callcontrol:"
                    + configuration.getOperation());
        }
        CallControlEventsConsumer consumer = new CallControlEventsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public CallControlConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CallControlConfiguration configuration) {
        this.configuration = configuration;
    }
}
