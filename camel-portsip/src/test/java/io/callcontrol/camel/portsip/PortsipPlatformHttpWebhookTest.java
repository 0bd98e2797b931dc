package io.callcontrol.camel.portsip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** portsip:events served on the application's platform-http server (webhookPlatformHttp), not a port of its own. */
class PortsipPlatformHttpWebhookTest extends PortsipTestSupport {

    private static final int APP_PORT = AvailablePortFinder.getNextAvailable();
    private static final int UNUSED_PORT = AvailablePortFinder.getNextAvailable();
    private static final String TOKEN = "platform-http-webhook-token";
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
                from("portsip:events?webhookPlatformHttp=true&webhookPath=/hooks/portsip&webhookAuth=BEARER"
                     + "&webhookPort=" + UNUSED_PORT + "&webhookBearerToken=" + TOKEN)
                        .routeId("events").to("mock:events");
            }
        };
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP_PORT + "/hooks/portsip"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eventsArriveOnTheApplicationsServerWithTheSameChecks() throws Exception {
        String event = "{\"event_type\":\"call_start\",\"uuid\":\"ph-1\",\"session_id\":\"1\"}";
        HttpResponse<String> stranger = post(event, null);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(post(event, "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(post("{not json", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);
        HttpResponse<String> ok = post(event, "Bearer " + TOKEN);
        assertThat(ok.statusCode()).isEqualTo(200);
        // the request's credentials are not echoed in the answer
        assertThat(ok.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization"));
        mock.assertIsSatisfied();
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(PortsipConstants.EVENT_UUID))
                .isEqualTo("ph-1");
        // the same UUID again: acknowledged, not routed twice
        assertThat(post(event, "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(mock.getReceivedCounter()).isEqualTo(1);
        // no receiver of its own was opened
        Optional<String> url = Optional.ofNullable(
                ((PortsipEventsConsumer) context.getRoute("events").getConsumer()).getWebhookUrl());
        assertThat(url).contains("/hooks/portsip");
        assertThat(AvailablePortFinder.getNextAvailable()).isPositive();
        try (java.net.ServerSocket s = new java.net.ServerSocket(UNUSED_PORT, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(s.getLocalPort()).isEqualTo(UNUSED_PORT);
        }
    }
}
