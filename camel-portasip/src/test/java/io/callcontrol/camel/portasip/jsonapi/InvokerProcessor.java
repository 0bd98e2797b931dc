package io.callcontrol.camel.portasip.jsonapi;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/** Test-only stand-in for the producer: delegates to the invoker, as the component's producer will. */
final class InvokerProcessor extends AsyncProcessorSupport {

    private final PortasipJsonApiInvoker invoker;
    private final String method;
    private final String service;
    private final PortasipJsonApiSettings settings;

    InvokerProcessor(PortasipJsonApiInvoker invoker, String method, String service, PortasipJsonApiSettings settings) {
        this.invoker = invoker;
        this.method = method;
        this.service = service;
        this.settings = settings;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        invoker.invoke(exchange, method, service, settings).whenComplete((v, e) -> {
            if (e != null) {
                exchange.setException(PortasipJsonApiClient.unwrap(e));
            }
            callback.done(false);
        });
        return false;
    }
}
