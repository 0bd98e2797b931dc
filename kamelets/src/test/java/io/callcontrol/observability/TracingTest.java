package io.callcontrol.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.tracing.CallControlSpans;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.opentelemetry.OpenTelemetryTracer;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.tracing.SpanDecorator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The components' exchanges under camel-opentelemetry: the core's span decorators (found by camel-tracing's
 * ServiceLoader) name the spans per operation and put the vendor's call id, the outcome and the vendor error code
 * on them. Spans are caught by the OpenTelemetry SDK's in-memory exporter while requests and events go to the
 * PortSIP simulator.
 */
class TracingTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    private static final int PORT = AvailablePortFinder.getNextAvailable();
    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(EXPORTER)).build();

    @AfterAll
    static void closeProvider() {
        PROVIDER.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortsipComponent component = new PortsipComponent();
        component.getConfiguration().setBaseUrl(pbx.get().baseUrl() + "/api");
        component.getConfiguration().setUsername(PortsipSimulator.ADMIN_USER);
        component.getConfiguration().setPassword(PortsipSimulator.ADMIN_PASSWORD);
        context.addComponent("portsip", component);
        context.getRegistry().bind("portsipMain", "portsip:initiate?sendSdp=true");
        OpenTelemetryTracer tracer = new OpenTelemetryTracer();
        tracer.setTracer(PROVIDER.get("callcontrol-test"));
        tracer.init(context);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dial").routeId("dial").to("portsip:initiate?caller=1001&callee=1002&sendSdp=true");
                from("direct:destroy").routeId("destroy").to("portsip:destroy");
                from("direct:neutral").routeId("neutral").to("callcontrol:originate?pbx=#portsipMain");
                from("portsip:events?webhookAuth=NONE&webhookHost=127.0.0.1&webhookPort=" + PORT).routeId("events")
                        .to("mock:events");
            }
        };
    }

    private static String attr(SpanData s, String key) {
        return s.getAttributes().get(AttributeKey.stringKey(key));
    }

    private static List<SpanData> named(String name) {
        List<SpanData> out = new ArrayList<>();
        for (SpanData s : EXPORTER.getFinishedSpanItems()) {
            if (s.getName().equals(name)) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void everyComponentHasItsDecoratorForCamelTracing() {
        Map<String, String> found = new HashMap<>();
        for (SpanDecorator d : ServiceLoader.load(SpanDecorator.class)) {
            found.put(d.getComponent(), d.getComponentClassName());
        }
        for (CallControlSpans.Vendor v : CallControlSpans.VENDORS.values()) {
            assertThat(found).containsEntry(v.scheme(), v.componentClassName());
            // the class the decorator names is the component the scheme resolves to
            assertThat(context.getComponent(v.scheme()).getClass().getName()).isEqualTo(v.componentClassName());
        }
        Map<String, String> telemetry = new HashMap<>();
        for (org.apache.camel.telemetry.SpanDecorator d : ServiceLoader.load(org.apache.camel.telemetry.SpanDecorator.class)) {
            telemetry.put(d.getComponent(), d.getComponentClassName());
        }
        for (CallControlSpans.Vendor v : CallControlSpans.VENDORS.values()) {
            assertThat(telemetry).as("decorated for camel-telemetry too").containsEntry(v.scheme(), v.componentClassName());
        }
    }

    @Test
    void spansAreNamedPerOperationAndCarryTheVendorsCallId() throws Exception {
        EXPORTER.reset();
        pbx.get().eventUrl("http://127.0.0.1:" + PORT + "/portsip/events");
        Exchange dial = template.request("direct:dial", e -> { });
        assertThat(dial.getException()).isNull();
        String session = dial.getMessage().getHeader("CamelPortsipSessionId", String.class);
        assertThat(session).isNotBlank();

        SpanData initiate = named("portsip:initiate").get(0);
        assertThat(attr(initiate, CallControlSpans.VENDOR)).isEqualTo("portsip");
        assertThat(attr(initiate, CallControlSpans.OPERATION)).isEqualTo("initiate");
        assertThat(attr(initiate, CallControlSpans.CALL_ID)).isEqualTo(session);
        assertThat(attr(initiate, CallControlSpans.OUTCOME)).isEqualTo("success");
        assertThat(attr(initiate, "component")).isEqualTo("camel-portsip");

        // a vendor error: outcome, error code, span status
        Exchange bad = template.request("direct:destroy", e -> e.getMessage().setHeader("CamelPortsipSessionId", "404404"));
        assertThat(bad.getException()).isInstanceOf(CallControlException.class);
        SpanData destroy = named("portsip:destroy").get(0);
        assertThat(attr(destroy, CallControlSpans.CALL_ID)).isEqualTo("404404");
        assertThat(attr(destroy, CallControlSpans.OUTCOME)).isEqualTo(bad.getException().getClass().getSimpleName());
        assertThat(attr(destroy, CallControlSpans.ERROR_CODE)).isEqualTo(((CallControlException) bad.getException()).getErrorCode());
        assertThat(destroy.getStatus().getStatusCode()).isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR);

        // the events of the call: consumer spans with the event type and the call id
        pbx.get().clock().advance(Duration.ofSeconds(10));
        getMockEndpoint("mock:events").expectedMinimumMessageCount(2);
        getMockEndpoint("mock:events").assertIsSatisfied(10000);
        long deadline = System.currentTimeMillis() + 5000;
        while (named("portsip:events").size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        List<SpanData> events = named("portsip:events");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(s -> {
            assertThat(attr(s, CallControlSpans.CALL_ID)).isNotBlank();
            assertThat(attr(s, CallControlSpans.EVENT_TYPE)).isNotBlank();
        });
        assertThat(events).anySatisfy(s -> assertThat(attr(s, CallControlSpans.CALL_ID)).isEqualTo(session));

        // the neutral component: its own span, with the call id the vendor gave
        Exchange neutral = template.request("direct:neutral", e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                "CamelCallControlCaller", "1001", "CamelCallControlCallee", "1003"))));
        assertThat(neutral.getException()).isNull();
        SpanData originate = named("callcontrol:originate").get(0);
        assertThat(attr(originate, CallControlSpans.VENDOR)).isEqualTo("callcontrol");
        assertThat(attr(originate, CallControlSpans.CALL_ID))
                .isEqualTo(neutral.getMessage().getHeader("CamelCallControlCallId", String.class)).isNotBlank();
    }
}
