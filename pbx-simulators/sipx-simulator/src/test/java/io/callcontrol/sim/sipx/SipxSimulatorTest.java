package io.callcontrol.sim.sipx;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callcontrol.sim.kit.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SipxSimulatorTest {

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> sim = new SimulatorExtension<>(SipxSimulator::new);

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String uri, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.get().baseUrl() + uri))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String pin) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pin).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> digest(String method, String uri, String user, String pin) throws Exception {
        HttpResponse<String> challenge = send(method, uri, null);
        assertThat(challenge.statusCode()).isEqualTo(401);
        String h = challenge.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(h).startsWith("Digest ").contains("qop=\"auth\"");
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(h);
        assertThat(m.find()).isTrue();
        String nonce = m.group(1);
        String resp = SipxSimulator.digestResponse(user, pin, method, uri, nonce, "00000001", "abc");
        return send(method, uri, "Digest username=\"" + user + "\", realm=\"" + SipxSimulator.REALM + "\", nonce=\""
                + nonce + "\", uri=\"" + uri + "\", qop=auth, nc=00000001, cnonce=\"abc\", response=\"" + resp + "\"");
    }

    @Test
    void referCallWithBasicAuthProgressesAndIsCached() throws Exception {
        assertThat(send("POST", "/callcontroller/user1/user2", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/callcontroller/user1/user2", basic("user1", "bad")).statusCode()).isEqualTo(401);
        assertThat(send("PUT", "/callcontroller/user1/user2", basic("user1", "123")).statusCode()).isEqualTo(405);
        assertThat(send("POST", "/callcontroller/user1/user2?timeout=30&resultCacheTime=10", basic("user1", "123"))
                .statusCode()).isEqualTo(200);
        var inProgress = send("POST", "/callcontroller/user1/user2", basic("user1", "123"));
        assertThat(inProgress.statusCode()).isEqualTo(406);
        assertThat(inProgress.body()).contains("<error-code>403</error-code>", "call in progress");
        sim.get().clock().advance(Duration.ofSeconds(3));
        String body = send("GET", "/callcontroller/user1/user2", basic("user1", "123")).body();
        assertThat(body).contains("<status-lines", "SIP/2.0 100 Trying", "SIP/2.0 180 Ringing", "SIP/2.0 200 OK");
        sim.get().clock().advance(Duration.ofSeconds(10));
        assertThat(send("GET", "/callcontroller/user1/user2", basic("user1", "123")).statusCode()).isEqualTo(406);
    }

    @Test
    void agentRulesAndErrors() throws Exception {
        var forbidden = send("POST", "/callcontroller/user1/user2", basic("user3", "789"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("<error-flag>true</error-flag>");
        assertThat(send("POST", "/callcontroller/user1/user2?agent=user3", basic("user3", "789")).statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/callcontroller/user1", basic("user1", "123")).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/callcontroller/user1/user2?timeout=-1", basic("user1", "123")).statusCode())
                .isEqualTo(400);
        assertThat(send("POST", "/callcontroller/user1/user4?action=transfer", basic("user1", "123")).statusCode())
                .isEqualTo(400);
        sim.get().failNext("java.lang.NullPointerException");
        var fail = send("GET", "/callcontroller/user1/user2", basic("user1", "123"));
        assertThat(fail.statusCode()).isEqualTo(500);
        assertThat(fail.body()).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void redirectorDigestInviteDialogsAndTransfer() throws Exception {
        String base = SipxSimulator.REDIRECT_PREFIX + "user1/user2";
        assertThat(digest("POST", base + "?sipMethod=INVITE", "user3", "789").statusCode()).isEqualTo(401);
        assertThat(digest("POST", base + "?sipMethod=INVITE", "user1", "bad").statusCode()).isEqualTo(401);
        assertThat(digest("POST", base + "?sipMethod=INVITE", "user1", "123").statusCode()).isEqualTo(200);
        sim.get().clock().advance(Duration.ofSeconds(3));
        String dialogs = digest("GET", base, "user1", "123").body();
        assertThat(dialogs).contains("<dialogs").containsOnlyOnce("sip:user2@").contains("Confirmed Dialog");
        assertThat(digest("POST", base + "?action=transfer&target=user4", "user1", "123").statusCode()).isEqualTo(200);
        sim.get().clock().advance(Duration.ofSeconds(2));
        String after = digest("GET", base, "user1", "123").body();
        assertThat(after).contains("sip:user4@");
        assertThat(after.split("Confirmed Dialog", -1)).hasSize(3);
        assertThat(after).contains("Terminated Dialog");
    }

    @Test
    void digestRejectsReplayWrongUriAndStaleNonces() throws Exception {
        String uri = SipxSimulator.REDIRECT_PREFIX + "user1/user2";
        HttpResponse<String> challenge = send("GET", uri, null);
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertThat(m.find()).isTrue();
        String nonce = m.group(1);
        String good = "Digest username=\"user1\", realm=\"" + SipxSimulator.REALM + "\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", qop=auth, nc=00000001, cnonce=\"c\", response=\""
                + SipxSimulator.digestResponse("user1", "123", "GET", uri, nonce, "00000001", "c") + "\"";
        assertThat(send("GET", uri, good).statusCode()).as("no call yet, but authenticated").isEqualTo(406);
        assertThat(send("GET", uri, good).statusCode()).as("replayed nonce count").isEqualTo(401);
        String otherUri = "Digest username=\"user1\", realm=\"" + SipxSimulator.REALM + "\", nonce=\"" + nonce
                + "\", uri=\"/elsewhere\", qop=auth, nc=00000002, cnonce=\"c\", response=\""
                + SipxSimulator.digestResponse("user1", "123", "GET", "/elsewhere", nonce, "00000002", "c") + "\"";
        assertThat(send("GET", uri, otherUri).statusCode()).as("uri must be the request's").isEqualTo(401);
        sim.get().clock().advance(SipxSimulator.NONCE_LIFETIME);
        String late = "Digest username=\"user1\", realm=\"" + SipxSimulator.REALM + "\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", qop=auth, nc=00000003, cnonce=\"c\", response=\""
                + SipxSimulator.digestResponse("user1", "123", "GET", uri, nonce, "00000003", "c") + "\"";
        HttpResponse<String> stale = send("GET", uri, late);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("stale=true");
    }
}
