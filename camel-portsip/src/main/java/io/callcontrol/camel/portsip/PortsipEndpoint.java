package io.callcontrol.camel.portsip;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Control calls on a PortSIP PBX through its call control REST API, and receive the PBX's call and CDR webhook
 * events.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "portsip", title = "PortSIP", syntax = "portsip:operation",
             category = { Category.API }, headersClass = PortsipConstants.class)
public class PortsipEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriParam
    private PortsipConfiguration configuration;

    public PortsipEndpoint(String uri, PortsipComponent component, PortsipConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public PortsipComponent getComponent() {
        return (PortsipComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (!configuration.getOperation().isProducer()) {
            throw new IllegalArgumentException("portsip:" + configuration.getOperation()
                                               + " is a consumer endpoint (use it in from(...))");
        }
        if (configuration.getBaseUrl() == null || configuration.getBaseUrl().isBlank()) {
            throw new IllegalArgumentException("portsip: the option baseUrl (e.g. https://pbx.example.com:8887/api)"
                                               + " is required by producers");
        }
        return new PortsipProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() != PortsipOperation.events) {
            throw new IllegalArgumentException("portsip:" + configuration.getOperation()
                                               + " is a producer operation; the consumer is portsip:events");
        }
        PortsipEventsConsumer consumer = new PortsipEventsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public PortsipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PortsipConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getOperation() == PortsipOperation.events
                ? "http://" + configuration.getWebhookHost() + ":" + configuration.getWebhookPort()
                  + configuration.getWebhookPath()
                : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }
}
