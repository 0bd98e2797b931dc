package io.callcontrol.core.camel.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.core.camel.producer.Parameter.Wire;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.error.Validation;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallControlProducerTest extends CamelTestSupport {

    enum Op { dial, hangup, events }

    /** The endpoint options of the fake component. */
    record Conf(String caller, String callee, String timeout) {
    }

    static final Parameter<Conf> CALLER = Parameter.<Conf>of("caller", "CamelFakeCaller", String.class, Conf::caller)
            .on(Wire.QUERY, "from").asRequired();
    static final Parameter<Conf> CALLEE = Parameter.<Conf>of("callee", "CamelFakeCallee", String.class, Conf::callee)
            .on(Wire.BODY, "to").asRequired();
    static final Parameter<Conf> TIMEOUT = Parameter.<Conf>of("timeout", "CamelFakeTimeout", Integer.class, Conf::timeout)
            .on(Wire.QUERY, "t");
    static final Parameter<Conf> RECORD = Parameter.<Conf>of("record", "CamelFakeRecord", Boolean.class, c -> null)
            .on(Wire.BODY, "rec");

    /** What the fake producer "sends", and how it answers. */
    final AtomicInteger sent = new AtomicInteger();
    volatile Op sentOperation;
    volatile Map<String, Object> sentQuery;
    volatile Map<String, Object> sentBody;
    volatile CompletableFuture<Object> answer = CompletableFuture.completedFuture("ok");

    class FakeEndpoint extends DefaultEndpoint {
        final Op op;

        FakeEndpoint(String uri, DefaultComponent c, String remaining) {
            super(uri, c);
            this.op = "none".equals(remaining) ? null : Op.valueOf(remaining);
        }

        @Override
        public Producer createProducer() {
            return new CallControlProducer<>(this, "fake", Op.class, "CamelFakeOperation") {
                @Override
                protected Op endpointOperation() {
                    return op;
                }

                @Override
                protected boolean isProducerOperation(Op o) {
                    return o != Op.events;
                }

                @Override
                protected CompletableFuture<?> send(Exchange exchange, Op operation) {
                    Validation v = Validation.of("fake", operation.name());
                    ParameterValues values = ParameterValues.resolve(exchange, v, List.of(CALLER, CALLEE, TIMEOUT, RECORD),
                            ParameterValues.fields(exchange.getMessage().getBody()), new Conf(null, "bob", null));
                    v.check();
                    sent.incrementAndGet();
                    sentOperation = operation;
                    sentQuery = values.on(Wire.QUERY);
                    sentBody = values.on(Wire.BODY);
                    return answer;
                }
            };
        }

        @Override
        public Consumer createConsumer(Processor processor) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.addComponent("fake", new DefaultComponent() {
            @Override
            protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
                return new FakeEndpoint(uri, this, remaining);
            }
        });
        return context;
    }

    Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, ex -> {
            ex.getMessage().setBody(body);
            headers.forEach(ex.getMessage()::setHeader);
        });
    }

    @Test
    void operationHeaderWinsOverTheEndpointAndParametersResolveHeaderBodyOption() {
        Exchange ex = send("fake:dial", Map.of("from", "body-alice", "rec", "true"),
                Map.of("CamelFakeOperation", "hangup", "CamelFakeTimeout", "30"));
        assertThat(ex.getException()).isNull();
        assertThat(sentOperation).isEqualTo(Op.hangup);
        assertThat(sentQuery).containsExactly(Map.entry("from", "body-alice"), Map.entry("t", 30));
        assertThat(sentBody).containsExactly(Map.entry("to", "bob"), Map.entry("rec", true));

        send("fake:dial", null, Map.of("CamelFakeOperation", Op.dial, "CamelFakeCaller", "hdr-alice",
                "CamelFakeCallee", " "));
        assertThat(sentOperation).isEqualTo(Op.dial);
        assertThat(sentQuery).containsEntry("from", "hdr-alice");
        assertThat(sentBody).as("a blank header counts as absent: the option").containsEntry("to", "bob");

        send("fake:dial", null, Map.of("CamelFakeOperation", " HANGUP ", "CamelFakeCaller", "alice"));
        assertThat(sentOperation).as("a name in another case").isEqualTo(Op.hangup);

        send("fake:dial", Map.of("caller", "by-option-name"), Map.of());
        assertThat(sentOperation).isEqualTo(Op.dial);
        assertThat(sentQuery).containsEntry("from", "by-option-name");
    }

    @Test
    void validationNamesEveryMissingAndInvalidParameterBeforeSending() {
        Exchange ex = send("fake:dial", Map.of("t", "soon", "rec", "maybe"), Map.of());
        assertThat(ex.getException()).isInstanceOfSatisfying(CallControlValidationException.class, e -> {
            assertThat(e.getParameters()).containsExactly("caller", "timeout", "record");
            assertThat(e.getMessage()).contains("caller").contains("must be a whole number").contains("true or false");
        });
        assertThat(ex.getMessage().getHeader(Delivery.HEADER)).isEqualTo(Delivery.NOT_SENT);
        assertThat(sent).hasValue(0);
    }

    @Test
    void badMissingOrConsumerOperationIsAValidationError() {
        for (Exchange ex : List.of(send("fake:dial", null, Map.of("CamelFakeOperation", "park")),
                send("fake:events", null, Map.of()), send("fake:none", null, Map.of()))) {
            assertThat(ex.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                    e -> assertThat(e.getParameters()).containsExactly("operation"));
            assertThat(ex.getMessage().getHeader(Delivery.HEADER)).isEqualTo(Delivery.NOT_SENT);
        }
        assertThat(sent).hasValue(0);
    }

    @Test
    void failuresAreUnwrappedOnceAndCarryTheDeliveryHeader() {
        CallControlException rejected = new CallControlException("fake", "486", "busy", 486, "{}");
        answer = CompletableFuture.failedFuture(new CompletionException(new ExecutionException(rejected)));
        Exchange ex = send("fake:dial", null, Map.of("CamelFakeCaller", "alice"));
        assertThat(ex.getException()).isSameAs(rejected);
        assertThat(ex.getMessage().getHeader(Delivery.HEADER)).isEqualTo(Delivery.REJECTED);

        CallControlException dropped = new CallControlConnectionException("fake", "dropped", null)
                .withDelivery(Delivery.UNKNOWN);
        answer = CompletableFuture.failedFuture(dropped);
        ex = send("fake:dial", null, Map.of("CamelFakeCaller", "alice"));
        assertThat(ex.getException()).isSameAs(dropped);
        assertThat(ex.getMessage().getHeader(Delivery.HEADER)).isEqualTo(Delivery.UNKNOWN);

        IllegalStateException bug = new IllegalStateException("no idea");
        answer = CompletableFuture.failedFuture(new CompletionException(bug));
        ex = send("fake:dial", null, Map.of("CamelFakeCaller", "alice"));
        assertThat(ex.getException()).isSameAs(bug);
        assertThat(ex.getMessage().getHeader(Delivery.HEADER)).as("nobody can tell").isEqualTo(Delivery.UNKNOWN);

        answer = CompletableFuture.completedFuture("ok");
        ex = send("fake:dial", null, Map.of("CamelFakeCaller", "alice"));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(Delivery.HEADER)).isNull();
    }

    @Test
    void unwrapStopsAtTheFirstRealFailure() {
        RuntimeException real = new RuntimeException("real", new CompletionException(new IllegalStateException()));
        assertThat(CallControlProducer.unwrap(new CompletionException(new ExecutionException(real)))).isSameAs(real);
        assertThat(CallControlProducer.unwrap(real)).isSameAs(real);
        CompletionException bare = new CompletionException("no cause", null);
        assertThat(CallControlProducer.unwrap(bare)).isSameAs(bare);
    }
}
