package io.callcontrol.camel.portasip;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * PortaSIP Call Control: originate, answer, terminate, hold, transfer and join calls, IVR prompts and DTMF,
 * on-spot conferences over the Call Control WebSocket, and live call events (call control notifications and
 * state callbacks).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "portasip", title = "PortaSIP", syntax = "portasip:method",
             category = { Category.API, Category.NETWORKING }, headersClass = PortasipConstants.class)
public class PortasipEndpoint extends DefaultEndpoint {

    @UriPath(description = "The PortaSIP method, named as in the vendor document (e.g. originate_advanced_call,"
            + " get_sip_calls_list, play_prompt, join_on_spot_conference); consumers: call_control_notifications,"
            + " state_callback.")
    @Metadata(required = true)
    private PortasipOperation method;

    @UriParam
    private PortasipConfiguration configuration;
    /** A JSON API method this component does not list (then {@code method} is null and {@code service} is set). */
    private String unlistedMethod;

    public PortasipEndpoint(String uri, PortasipComponent component, PortasipOperation method,
                            PortasipConfiguration configuration) {
        super(uri, component);
        this.method = method;
        this.configuration = configuration;
    }

    @Override
    public PortasipComponent getComponent() {
        return (PortasipComponent) super.getComponent();
    }

    /** An endpoint for a JSON API method the component does not list: {@code portasip:<method>?service=<Service>}. */
    static PortasipEndpoint unlisted(String uri, PortasipComponent component, String methodName,
                                     PortasipConfiguration configuration) {
        PortasipEndpoint e = new PortasipEndpoint(uri, component, null, configuration);
        e.unlistedMethod = methodName;
        return e;
    }

    /** The JSON API method name of an endpoint for an unlisted method, else null. */
    public String getUnlistedMethod() {
        return unlistedMethod;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (method == null) {
            return new PortasipProducer(this);
        }
        if (method.isConsumer()) {
            throw new IllegalArgumentException("portasip:" + method + " is a consumer; use it in from()");
        }
        return new PortasipProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (method == null) {
            throw new IllegalArgumentException("portasip:" + unlistedMethod + " is a JSON API method, it cannot consume");
        }
        Consumer consumer = switch (method) {
            case call_control_notifications -> new PortasipNotificationConsumer(this, processor);
            case state_callback -> new PortasipStateCallbackConsumer(this, processor);
            default -> throw new IllegalArgumentException("portasip:" + method
                    + " cannot consume; use call_control_notifications or state_callback");
        };
        configureConsumer(consumer);
        return consumer;
    }

    public PortasipOperation getMethod() {
        return method;
    }

    /** The PortaSIP method. */
    public void setMethod(PortasipOperation method) {
        this.method = method;
    }

    public PortasipConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint configuration. */
    public void setConfiguration(PortasipConfiguration configuration) {
        this.configuration = configuration;
    }
}
