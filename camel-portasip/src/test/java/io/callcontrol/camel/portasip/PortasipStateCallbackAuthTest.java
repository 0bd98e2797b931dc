package io.callcontrol.camel.portasip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * State callbacks authenticated end to end: the URL the component hands to PortaSIP carries a secret token of its
 * own, so the simulator's callbacks -- POSTed to that URL and nothing else, as PortaSIP does -- are answered 200 and
 * routed, whatever webhookAuth is chosen; a stranger gets 401; and no secret (configured or generated) shows in any
 * log line at TRACE.
 */
class PortasipStateCallbackAuthTest extends PortasipTestSupport {

    private static final String BEARER = "bearer-s3cret-41";
    private static final String BASIC_PASSWORD = "basic-pw-42";
    private static final String TOKEN_KEY = "url-token-key-43";
    private static final String BASE_PASSWORD = "base-url-pw-44";
    private static final int BASIC_PORT = AvailablePortFinder.getNextAvailable();

    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static AbstractAppender capture;
    private static Level rootLevel;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Every log line of this JVM but the simulator's (it plays PortaSIP), at TRACE, with its stack traces. */
    @BeforeAll
    static void captureEveryLogLineAtTrace() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        capture = new AbstractAppender("capture-all", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLoggerName().startsWith("io.callcontrol.sim")) {
                    return;
                }
                StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                        .append(event.getMessage().getFormattedMessage());
                for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                    line.append(" | ").append(t);
                }
                LINES.add(line.toString());
            }
        };
        capture.start();
        LoggerConfig root = config.getRootLogger();
        rootLevel = root.getLevel();
        root.addAppender(capture, Level.TRACE, null);
        root.setLevel(Level.TRACE);
        ctx.updateLoggers();
    }

    @AfterAll
    static void stopCapture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = ctx.getConfiguration().getRootLogger();
        root.removeAppender("capture-all");
        root.setLevel(rootLevel);
        ctx.updateLoggers();
        capture.stop();
    }

    /**
     * The secrets are set on the endpoints' configuration, not written into the URIs: Camel itself logs endpoint
     * URIs with their parameters unmasked at DEBUG/TRACE (AbstractCamelContext "Getting endpoint with uri"), so a
     * secret written into a URI would be seen there whatever the component does.
     */
    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:state_callback?callbackId=tok&webhookPort=0&webhookAuth=TOKEN")
                        .routeId("tok").to("mock:tok");
                PortasipEndpoint bearer = getContext().getEndpoint(
                        "portasip:state_callback?callbackId=bearer&webhookPort=0&webhookAuth=BEARER",
                        PortasipEndpoint.class);
                bearer.getConfiguration().setWebhookToken(BEARER);
                bearer.getConfiguration().setWebhookUrlTokenSecret(TOKEN_KEY);
                from(bearer).routeId("bearer").to("mock:bearer");
                PortasipEndpoint basic = getContext().getEndpoint("portasip:state_callback?callbackId=basic"
                        + "&webhookPort=" + BASIC_PORT + "&webhookAuth=BASIC", PortasipEndpoint.class);
                basic.getConfiguration().setWebhookUsername("cb");
                basic.getConfiguration().setWebhookPassword(BASIC_PASSWORD);
                basic.getConfiguration().setPublicBaseUrl("http://cb:" + BASE_PASSWORD + "@127.0.0.1:" + BASIC_PORT);
                from(basic).routeId("basic").to("mock:basic");
            }
        };
    }

    private int post(String target, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private PortasipStateCallbackConsumer consumer(String route) {
        return (PortasipStateCallbackConsumer) context.getRoute(route).getConsumer();
    }

    /** Originates with the consumer's URL as state_callback; the simulator POSTs the two legs' trying to it. */
    private String originateAndAwaitCallbacks(String callbackId) {
        int before = pbx.get().callbackStatuses().size();
        MockEndpoint mock = getMockEndpoint("mock:" + callbackId);
        int routed = mock.getReceivedCounter();
        OriginateAdvancedCallResponse r = template.requestBodyAndHeaders(
                "portasip:originate_advanced_call?billId=123007&stateCallbackEndpoint=" + callbackId
                + "&stateCallbackEvents=trying",
                null, Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, "123003"),
                OriginateAdvancedCallResponse.class);
        assertThat(r.trackingId()).isNotNull();
        String sent = lastWire("originate_advanced_call").path("params").path("state_callback").asText();
        advance(Duration.ofSeconds(10));
        await("two callbacks answered", () -> pbx.get().callbackStatuses().size() >= before + 2);
        assertThat(pbx.get().callbackStatuses().subList(before, before + 2)).containsOnly(200);
        await("two callbacks routed", () -> mock.getReceivedCounter() == routed + 2);
        return sent;
    }

    @Test
    void callbacksToTheUrlTheComponentBuiltAreAcceptedAStrangerIsRefused() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(PortasipSimulator.PASSWORD, BEARER, BASIC_PASSWORD, TOKEN_KEY,
                BASE_PASSWORD));
        for (String id : List.of("tok", "bearer", "basic")) {
            String sent = originateAndAwaitCallbacks(id);
            // the URL PortaSIP got: the consumer's public URL, a token of its own, never a configured secret
            assertThat(sent).startsWith(consumer(id).publicUrl() + "?token=");
            String token = sent.substring(sent.indexOf("?token=") + 7);
            assertThat(token).hasSizeGreaterThan(40);
            secrets.add(token);
            for (String configured : List.of(PortasipSimulator.PASSWORD, BEARER, BASIC_PASSWORD, TOKEN_KEY)) {
                assertThat(sent).doesNotContain(configured);
            }

            // a stranger: no token, a made-up one, another consumer's
            String good = "{\"call\":{\"id\":\"x@y\",\"tag\":\"t\"},\"state\":\"terminated\",\"type\":\"outgoing\"}";
            String local = consumer(id).localUrl();
            assertThat(post(local, good, null)).isEqualTo(401);
            assertThat(post(local + "?token=AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", good, null))
                    .isEqualTo(401);
            String other = component().stateCallbackUrl("tok".equals(id) ? "bearer" : "tok");
            assertThat(post(local + other.substring(other.indexOf('?')), good, null)).isEqualTo(401);
        }
        assertThat(getMockEndpoint("mock:tok").getReceivedCounter()).isEqualTo(2);
        assertThat(getMockEndpoint("mock:bearer").getReceivedCounter()).isEqualTo(2);
        assertThat(getMockEndpoint("mock:basic").getReceivedCounter()).isEqualTo(2);
        // the configured header credentials still work (a proxy in front adding them)
        String good = "{\"call\":{\"id\":\"x@y\",\"tag\":\"t2\"},\"state\":\"terminated\",\"type\":\"outgoing\"}";
        assertThat(post(consumer("bearer").localUrl(), good, "Bearer " + BEARER)).isEqualTo(200);

        // every log line so far, at TRACE: no secret, configured or generated
        assertThat(LINES).as("log lines captured").isNotEmpty();
        assertThat(LINES).anySatisfy(l -> assertThat(l).contains("state callbacks for basic at"));
        for (String secret : secrets) {
            assertThat(LINES).as("log lines containing " + secret)
                    .noneSatisfy(l -> assertThat(l).contains(secret));
        }
    }

    @Test
    void aUrlTokenOfTheConfiguredKeySurvivesARestart() throws Exception {
        String before = component().stateCallbackUrl("bearer");
        String token = before.substring(before.indexOf('?'));
        context.getRouteController().stopRoute("bearer");
        context.getRouteController().startRoute("bearer");
        String good = "{\"call\":{\"id\":\"x@y\",\"tag\":\"t3\"},\"state\":\"terminated\",\"type\":\"outgoing\"}";
        assertThat(post(consumer("bearer").localUrl() + token, good, null)).isEqualTo(200);
        // a random key (tok) does not: its URLs die with the consumer
        String tokBefore = component().stateCallbackUrl("tok");
        context.getRouteController().stopRoute("tok");
        context.getRouteController().startRoute("tok");
        assertThat(post(consumer("tok").localUrl() + tokBefore.substring(tokBefore.indexOf('?')), good, null))
                .isEqualTo(401);
    }

    @Test
    void withoutWebhookAuthTheConsumerRefusesToStart() throws Exception {
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addComponent("portasip", new PortasipComponent());
            assertThatThrownBy(() -> {
                other.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("portasip:state_callback?callbackId=x&webhookPort=0").to("mock:never");
                    }
                });
                other.start();
            }).hasStackTraceContaining("webhookAuth").satisfies(e -> {
                Throwable t = e;
                while (t != null && !(t instanceof CallControlValidationException)) {
                    t = t.getCause();
                }
                assertThat(t).isNotNull();
                assertThat(((CallControlValidationException) t).getParameters()).containsExactly("webhookAuth");
            });
        }
    }
}
