package io.callcontrol.examples;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callcontrol.sim.portsip.PortsipSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live call board in a real browser (headless Chromium): a call the simulator rings shows up with its state,
 * and when it ends unanswered it leaves the current calls and shows among the missed calls.
 * Needs the Debian package {@code chromium} (CI installs it); without it the test fails saying so.
 */
class CallBoardBrowserTest extends EmbeddedAppTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    PortsipSimulator pbx;

    @Test
    void showsARingingCallThenItsEndAsAMissedCall() throws Exception {
        String chromium = chromium();
        // ring long enough to be seen ringing (the extension 1003 never answers)
        pbx.noAnswerTimeout(Duration.ofSeconds(20));
        try {
            HttpResponse<String> dial = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/click-to-dial"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"vendor\":\"portsip\",\"from\":\"+15558880001\",\"to\":\"1003\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(dial.statusCode()).isEqualTo(200);
            String callId = (String) json(dial.body()).get("callId");
            awaitRecord("call-events", r -> callId.equals(r.key()) && r.value().contains("\"RINGING\""));

            String ringing = dumpDom(chromium, "target/board-ringing.png");
            assertThat(callRow(ringing, callId)).as("board while ringing:\n%s", ringing)
                    .contains("data-vendor=\"portsip\"").contains("data-state=\"RINGING\"")
                    .contains("+15558880001").contains("1003");
            assertThat(ringing).contains("Live call board");

            // the end: no answer -> terminated, and a missed call on the board
            pbx.noAnswerTimeout(Duration.ofMillis(100));
            awaitRecord("call-events", r -> callId.equals(r.key()) && r.value().contains("\"TERMINATED\""));
            String ended = dumpDom(chromium, "target/board-missed.png");
            assertThat(callRow(ended, callId)).as("board after the end:\n%s", ended).isNull();
            assertThat(ended).contains("class=\"missed\" data-call-id=\"" + callId + "\"");
            // answered calls are not missed calls: the call flow's 1001 -> 1002 calls connect
            assertThat(ended).doesNotContainPattern("<tr class=\"missed\"[^>]*><td>[^<]*</td><td>1001</td>");
        } finally {
            pbx.noAnswerTimeout(Duration.ofMillis(1500));
        }
    }

    /** The current-calls row of the call, or null. */
    static String callRow(String dom, String callId) {
        Matcher m = Pattern.compile("<tr class=\"call\" data-call-id=\"" + Pattern.quote(callId) + "\"[^>]*>.*?</tr>",
                Pattern.DOTALL).matcher(dom);
        return m.find() ? m.group() : null;
    }

    static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        throw new AssertionError("Chromium is needed for the call board test: apt-get install -y chromium");
    }

    /**
     * Loads the board in headless Chromium, lets the page receive the board over SSE (virtual time), dumps the DOM,
     * and takes a screenshot.
     */
    private String dumpDom(String chromium, String screenshot) throws IOException, InterruptedException {
        return dumpDom(chromium, port, screenshot);
    }

    /** {@link #dumpDom(String, String)} of the board served on {@code port}. */
    static String dumpDom(String chromium, int port, String screenshot) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> flags = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--window-size=1200,700");
        // ?once: the page closes its event stream after the first board it receives, so the page load can end
        String url = "http://127.0.0.1:" + port + "/?once";
        List<String> dump = new ArrayList<>(List.of(chromium));
        dump.addAll(flags);
        dump.addAll(List.of("--dump-dom", url));
        String dom = run(dump);
        List<String> shot = new ArrayList<>(List.of(chromium));
        shot.addAll(flags);
        shot.addAll(List.of("--screenshot=" + new File(screenshot).getAbsolutePath(), url));
        run(shot);
        return dom;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s: " + command);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
