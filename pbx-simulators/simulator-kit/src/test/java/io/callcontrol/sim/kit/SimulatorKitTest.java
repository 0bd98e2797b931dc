package io.callcontrol.sim.kit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorKitTest {

    static class EchoSimulator extends SimulatorServer {
        @Override
        protected void configure(Router router) {
            router.route(HttpMethod.valueOf("LOOKUP"), "/calls").handler(ctx -> json(ctx, 200, List.of("found")));
        }
    }

    @RegisterExtension
    static SimulatorExtension<EchoSimulator> sim = new SimulatorExtension<>(EchoSimulator::new);

    @Test
    void recordsCustomVerbWithQueryHeadersAndBody() throws Exception {
        HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sim.get().baseUrl() + "/calls?callid=a%20b"))
                .header("Authorization", "Bearer t")
                .method("LOOKUP", HttpRequest.BodyPublishers.ofString("{\"x\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.body()).isEqualTo("[\"found\"]");
        RecordedRequest r = sim.get().wireLog().last();
        assertThat(r.method()).isEqualTo("LOOKUP");
        assertThat(r.path()).isEqualTo("/calls");
        assertThat(r.queryParam("callid")).isEqualTo("a b");
        assertThat(r.header("authorization")).isEqualTo("Bearer t");
        assertThat(r.bodyAsString()).isEqualTo("{\"x\":1}");
    }

    @Test
    void unknownRouteIsRecordedAnd404() throws Exception {
        HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sim.get().baseUrl() + "/nope")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resp.statusCode()).isEqualTo(404);
        assertThat(sim.get().wireLog().find("GET", "/nope")).hasSize(1);
    }

    @Test
    void manualClockRunsTasksInDueOrderOnlyWhenAdvanced() {
        SimClock clock = SimClock.manual();
        List<String> ran = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(2), () -> ran.add("b"));
        clock.schedule(Duration.ofSeconds(1), () -> {
            ran.add("a");
            clock.schedule(Duration.ofSeconds(5), () -> ran.add("c"));
        });
        assertThat(ran).isEmpty();
        var start = clock.now();
        clock.advance(Duration.ofSeconds(2));
        assertThat(ran).containsExactly("a", "b");
        assertThat(Duration.between(start, clock.now())).isEqualTo(Duration.ofSeconds(2));
        clock.runAll();
        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(clock.pending()).isZero();
        assertThatThrownBy(() -> SimClock.realtime().advance(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
