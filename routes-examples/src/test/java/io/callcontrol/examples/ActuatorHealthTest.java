package io.callcontrol.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health}: UP once the routes run, readiness made of Camel's checks (routes, consumers, the
 * components' checks), and no credential of the embedded profile anywhere in what it shows.
 */
class ActuatorHealthTest extends EmbeddedAppTestSupport {

    /** Every secret application-embedded.properties configures. */
    static final List<String> SECRETS = List.of("Adm1n-Pass", "p@ssw0rd", "apipass", "alice-token");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpWithTheCamelChecksAndNoSecret() throws Exception {
        HttpResponse<String> r = awaitUp("/actuator/health");
        Map<String, Object> health = json(r.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) health.get("components");
        assertThat(components).containsKeys("camelHealth", "readinessState", "livenessState");
        // the components' own checks are among Camel's (consumers of the vendors' events, producers, the routes)
        assertThat(r.body()).contains("consumer:portsip-events").contains("route:click-to-dial");
        SECRETS.forEach(secret -> assertThat(r.body()).doesNotContain(secret));
    }

    @Test
    void readinessIsCamelsReadiness() throws Exception {
        HttpResponse<String> r = awaitUp("/actuator/health/readiness");
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) json(r.body()).get("components");
        assertThat(components).containsKeys("readinessState", "camelHealth");
        assertThat(r.body()).contains("consumer:portsip-events");
        SECRETS.forEach(secret -> assertThat(r.body()).doesNotContain(secret));
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void nothingButHealthAndInfoIsExposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/configprops").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> awaitUp(String path) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        HttpResponse<String> r = get(path);
        while ((r.statusCode() != 200 || !"UP".equals(json(r.body()).get("status"))) && System.nanoTime() < deadline) {
            pause(500);
            r = get(path);
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r.body())).as(r.body()).containsEntry("status", "UP");
        return r;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
