package io.callcontrol.core.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.callcontrol.core.ws.ReconnectingWebSocket;
import io.callcontrol.core.ws.WebSocketSettings;
import io.vertx.core.Vertx;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskingTest {

    @Test
    void masksUserInfoSecretQueryParametersAndPathTokens() {
        assertThat(SecretMasking.maskUrl("https://app:pa55@example.com:8443/cb?a=1&token=abc.def&password=p#f"))
                .isEqualTo("https://app:xxxxxx@example.com:8443/cb?a=1&token=xxxxxx&password=xxxxxx#f");
        assertThat(SecretMasking.maskUrl("wss://pbx.example.com/ws/token/v1/eyJhbGciOi.secret.part"))
                .isEqualTo("wss://pbx.example.com/ws/token/v1/xxxxxx");
        assertThat(SecretMasking.maskUrl("http://example.com/api/sessions?extension_number=1001&session_id=s3"))
                .isEqualTo("http://example.com/api/sessions?extension_number=1001&session_id=xxxxxx");
        assertThat(SecretMasking.maskUrl("http://example.com/cb?a=1")).isEqualTo("http://example.com/cb?a=1");
        assertThat(SecretMasking.maskUrl((String) null)).isNull();
    }

    /** A WebSocket URL carrying a token in its path (Incoplax tokenInPath): reconnect logs and errors never show it. */
    @Test
    void aTokenInAWebSocketPathNeverReachesALogLineAtTrace() throws Exception {
        String secret = "path-token-" + System.nanoTime() + "-SECRET";
        List<String> lines = new CopyOnWriteArrayList<>();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        AbstractAppender capture = new AbstractAppender("capture-masking", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder line = new StringBuilder(event.getMessage().getFormattedMessage());
                for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                    line.append(" | ").append(t);
                }
                lines.add(line.toString());
            }
        };
        capture.start();
        LoggerConfig root = ctx.getConfiguration().getRootLogger();
        Level level = root.getLevel();
        root.addAppender(capture, Level.TRACE, null);
        root.setLevel(Level.TRACE);
        ctx.updateLoggers();
        Vertx vertx = Vertx.vertx();
        try {
            // nothing listens there: it fails and reconnects, logging the URI each time
            URI uri = URI.create("ws://127.0.0.1:" + AvailablePortFinder.getNextAvailable() + "/ws/token/v1/" + secret);
            ReconnectingWebSocket ws = new ReconnectingWebSocket("test", vertx,
                    WebSocketSettings.of(uri).withBackoff(Duration.ofMillis(20), Duration.ofMillis(50), 0), null,
                    new ReconnectingWebSocket.Listener() {
                        @Override
                        public CompletableFuture<Void> onOpen(boolean reconnect) {
                            return CompletableFuture.completedFuture(null);
                        }

                        @Override
                        public void onText(String text) {
                        }

                        @Override
                        public void onDisconnect(Throwable cause) {
                        }
                    });
            ws.start();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (lines.stream().noneMatch(l -> l.contains("reconnect attempt 2"))) {
                assertThat(System.nanoTime()).as("two reconnect attempts logged").isLessThan(end);
                Thread.sleep(20);
            }
            Throwable failure = ws.send("x").handle((v, e) -> e).get(5, TimeUnit.SECONDS);
            ws.stop();
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains("/ws/token/v1/xxxxxx").doesNotContain(secret);
        } finally {
            root.removeAppender("capture-masking");
            root.setLevel(level);
            ctx.updateLoggers();
            capture.stop();
            vertx.close();
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("/ws/token/v1/xxxxxx"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains(secret));
    }
}
