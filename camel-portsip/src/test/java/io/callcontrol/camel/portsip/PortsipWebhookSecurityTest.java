package io.callcontrol.camel.portsip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;

import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.webhook.WebhookReceiver;
import io.callcontrol.core.webhook.WebhookSettings;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** portsip:events is secure by default: no auth chosen, no start; loopback only unless told; HMAC for relays. */
class PortsipWebhookSecurityTest extends PortsipTestSupport {

    private static final int PORT = AvailablePortFinder.getNextAvailable();
    private static final String SECRET = "relay-shared-secret";
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // webhookHost not given: loopback only
                from("portsip:events?webhookAuth=HMAC&webhookHmacSecret=" + SECRET + "&webhookPort=" + PORT)
                        .routeId("signed").to("mock:signed");
            }
        };
    }

    private int post(String body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/portsip/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("X-Signature", signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void withoutWebhookAuthTheConsumerRefusesToStartNamingTheOption() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            PortsipComponent component = new PortsipComponent();
            component.getConfiguration().setBaseUrl(sim().baseUrl() + "/api");
            other.addComponent("portsip", component);
            int port = AvailablePortFinder.getNextAvailable();
            assertThatThrownBy(() -> {
                other.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("portsip:events?webhookPort=" + port).to("mock:never");
                    }
                });
                other.start();
            }).hasStackTraceContaining("webhookAuth").satisfies(e -> {
                Throwable t = e;
                while (t != null && !(t instanceof CallControlValidationException)) {
                    t = t.getCause();
                }
                assertThat(t).as("a CallControlValidationException in " + e).isNotNull();
                assertThat(((CallControlValidationException) t).getParameters()).containsExactly("webhookAuth");
            });
            // nothing listens: a stranger cannot even connect
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                fail("a receiver listens on " + port);
            } catch (java.io.IOException refused) {
                // expected
            }
        }
    }

    @Test
    void basicWithoutItsPasswordRefusesToStartNamingIt() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addComponent("portsip", new PortsipComponent());
            assertThatThrownBy(() -> {
                other.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("portsip:events?webhookAuth=BASIC&webhookUsername=pbx&webhookPort="
                             + AvailablePortFinder.getNextAvailable()).to("mock:never");
                    }
                });
                other.start();
            }).hasStackTraceContaining("webhookPassword");
        }
    }

    @Test
    void theReceiverListensOnLoopbackOnlyByDefault() throws Exception {
        PortsipEventsConsumer consumer = (PortsipEventsConsumer) context.getRoute("signed").getConsumer();
        assertThat(consumer.getWebhookUrl()).startsWith("http://127.0.0.1:" + PORT + "/");
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (Exception e) {
                        return false;
                    }
                })
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (external.isPresent()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(external.get(), PORT), 2000);
                fail("the receiver answers on " + external.get() + ", not only on loopback");
            } catch (java.io.IOException refused) {
                // expected: nothing listens there
            }
        }
    }

    @Test
    void aRelaySignedBodyIsRoutedAnUnsignedOrForgedOneIs401() throws Exception {
        String event = "{\"event_type\":\"call_start\",\"uuid\":\"hmac-1\",\"session_id\":\"1\"}";
        String sig = WebhookReceiver.hmacHex(WebhookSettings.hmac(SECRET, null, null, null),
                event.getBytes(StandardCharsets.UTF_8));
        assertThat(post(event, null)).isEqualTo(401);
        assertThat(post(event, sig.replace(sig.charAt(0), sig.charAt(0) == 'a' ? 'b' : 'a'))).isEqualTo(401);
        String forged = event.replace("call_start", "call_cdr");
        assertThat(post(forged, sig)).isEqualTo(401);
        MockEndpoint mock = getMockEndpoint("mock:signed");
        mock.expectedMessageCount(1);
        assertThat(post(event, sig)).isEqualTo(200);
        mock.assertIsSatisfied();
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(PortsipConstants.EVENT_UUID))
                .isEqualTo("hmac-1");
    }
}
