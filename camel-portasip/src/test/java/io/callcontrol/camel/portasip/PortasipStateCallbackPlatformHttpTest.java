package io.callcontrol.camel.portasip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** state_callback served on the application's platform-http server, with the URL token PortaSIP is handed. */
class PortasipStateCallbackPlatformHttpTest extends PortasipTestSupport {

    private static final int APP_PORT = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(APP_PORT);
        context.addService(new VertxPlatformHttpServer(conf));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:state_callback?callbackId=app&webhookAuth=TOKEN&webhookPlatformHttp=true"
                     + "&publicBaseUrl=http://127.0.0.1:" + APP_PORT)
                        .routeId("app").to("mock:app");
            }
        };
    }

    @Test
    void callbacksToTheComponentsUrlArriveOnTheApplicationsServer() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:app");
        OriginateAdvancedCallResponse r = template.requestBodyAndHeaders(
                "portasip:originate_advanced_call?billId=123007&stateCallbackEndpoint=app&stateCallbackEvents=trying",
                null, Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, "123003"),
                OriginateAdvancedCallResponse.class);
        assertThat(r.trackingId()).isNotNull();
        String sent = lastWire("originate_advanced_call").path("params").path("state_callback").asText();
        assertThat(sent).startsWith("http://127.0.0.1:" + APP_PORT + "/portasip/state-callback/app?token=");
        advance(Duration.ofSeconds(10));
        await("two callbacks answered", () -> pbx.get().callbackStatuses().size() >= 2);
        assertThat(pbx.get().callbackStatuses()).containsOnly(200);
        await("two callbacks routed", () -> mock.getReceivedCounter() == 2);

        String good = "{\"call\":{\"id\":\"x@y\",\"tag\":\"t\"},\"state\":\"terminated\",\"type\":\"outgoing\"}";
        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + APP_PORT + "/portasip/state-callback/app"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(good)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(mock.getReceivedCounter()).isEqualTo(2);
    }
}
