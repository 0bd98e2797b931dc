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
            router.post("/upload").handler(ctx -> {
                MultipartBody mp = multipart(ctx);
                MultipartBody.Part file = mp.part("file");
                json(ctx, 200, java.util.Map.of("fields", mp.fields(), "filename", file.filename(),
                        "type", file.contentType(), "size", file.content().length));
            });
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
    void multipartBodiesAreRecordedRawAndParsed() throws Exception {
        String boundary = "XyZ";
        byte[] audio = { 0x2e, 0x73, 0x6e, 0x64, 0, 13, 10, (byte) 0xff };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(("--XyZ\r\nContent-Disposition: form-data; name=\"params\"\r\n\r\n{\"a\":1}\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"g.au\"\r\nContent-Type: audio/basic\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(audio);
        out.write("\r\n--XyZ--\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sim.get().baseUrl() + "/upload")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resp.body()).contains("\"filename\":\"g.au\"").contains("\"size\":8").contains("\"params\":\"{\\\"a\\\":1}\"")
                .contains("audio/basic");
        assertThat(sim.get().wireLog().last().body()).isEqualTo(out.toByteArray());
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

    @Test
    void multipartWrittenByTheKitParsesBackPartForPart() {
        byte[] audio = "RIFF--b1 not a delimiter\r\n--b1x neither".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] body = MultipartBody.write("b1", List.of(
                new MultipartBody.Part(null, null, "application/json", "{\"ok\":1}".getBytes()),
                new MultipartBody.Part(null, "hi.wav", "audio/wav", audio),
                new MultipartBody.Part("note", null, null, "text".getBytes())));
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("--b1\r\nContent-Type: application/json\r\n\r\n{\"ok\":1}\r\n--b1\r\n"
                                    + "Content-Disposition: attachment; filename=\"hi.wav\"\r\nContent-Type: audio/wav\r\n\r\n")
                .endsWith("\r\n--b1--\r\n");

        MultipartBody parsed = MultipartBody.parse("multipart/mixed; boundary=\"b1\"", body);
        assertThat(parsed.parts()).hasSize(3);
        assertThat(parsed.parts().get(0).contentType()).isEqualTo("application/json");
        assertThat(parsed.parts().get(0).text()).isEqualTo("{\"ok\":1}");
        assertThat(parsed.parts().get(1).filename()).isEqualTo("hi.wav");
        assertThat(parsed.parts().get(1).content()).isEqualTo(audio);
        assertThat(parsed.fields()).containsExactly(java.util.Map.entry("note", "text"));
        assertThatThrownBy(() -> MultipartBody.parse("multipart/mixed", body))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
        assertThatThrownBy(() -> MultipartBody.parse("multipart/mixed; boundary=b1", java.util.Arrays.copyOf(body, 60)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
