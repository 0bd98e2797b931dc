package io.callcontrol.camel.callcontrol;

import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code callcontrol:events}: runs the consumer of the vendor event endpoint named by {@code pbx} and routes its
 * events, normalized: the body is the {@link CallEvent} (the vendor's payload is its {@code raw}), the
 * {@code CamelCallControl*} headers are set. Exchanges without a call event (gap signals) are dropped unless
 * {@code includeGaps}.
 */
public class CallControlEventsConsumer extends DefaultConsumer implements Suspendable {

    private final CallControlEndpoint endpoint;
    private Consumer vendorConsumer;

    public CallControlEventsConsumer(CallControlEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Endpoint events = endpoint.getComponent().resolvePbx(endpoint.getConfiguration().getPbx(), "pbx");
        AsyncProcessor next = AsyncProcessorConverterHelper.convert(getProcessor());
        boolean gaps = endpoint.getConfiguration().isIncludeGaps();
        vendorConsumer = events.createConsumer(new AsyncProcessor() {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                CallEvent e = exchange.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
                if (e == null) {
                    if (!gaps) {
                        callback.done(true);
                        return true;
                    }
                    exchange.getMessage().setHeader(CallControlConstants.GAP, Boolean.TRUE);
                } else {
                    exchange.getMessage().setBody(e);
                }
                return next.process(exchange, callback);
            }

            @Override
            public java.util.concurrent.CompletableFuture<Exchange> processAsync(Exchange exchange) {
                java.util.concurrent.CompletableFuture<Exchange> f = new java.util.concurrent.CompletableFuture<>();
                process(exchange, done -> f.complete(exchange));
                return f;
            }

            @Override
            public void process(Exchange exchange) throws Exception {
                java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
                if (!process(exchange, done -> latch.countDown())) {
                    latch.await();
                }
            }
        });
        ServiceHelper.startService(vendorConsumer);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(vendorConsumer);
        vendorConsumer = null;
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        ServiceHelper.suspendService(vendorConsumer);
    }

    @Override
    protected void doResume() throws Exception {
        ServiceHelper.resumeService(vendorConsumer);
    }

    /** The running vendor consumer (tests). */
    public Consumer getVendorConsumer() {
        return vendorConsumer;
    }
}
