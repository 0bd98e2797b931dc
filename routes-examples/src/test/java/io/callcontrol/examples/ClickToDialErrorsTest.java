package io.callcontrol.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/click-to-dial} with bad input answers 400 (415) with an RFC 7807 problem naming the field, and
 * nothing reaches any PBX; a vendor's refusal comes back with the vendor's status, code and message; a request id is
 * dialled once.
 */
class ClickToDialErrorsTest extends EmbeddedAppTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    PortsipSimulator portsip;

    @Autowired
    BroadworksSimulator broadworks;

    @Autowired
    UcDialogsSimulator ucDialogs;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void malformedJsonIs400NamingTheBody() throws Exception {
        HttpResponse<String> r = post("application/json", "{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"+15550009001\"");
        Map<String, Object> problem = problem(r, 400);
        assertThat(problem.get("fields")).isEqualTo(List.of("body"));
        assertThat((String) problem.get("detail")).contains("not valid JSON");
        assertNothingDialled("15550009001");
    }

    @Test
    void emptyBodyIs400() throws Exception {
        Map<String, Object> problem = problem(post("application/json", ""), 400);
        assertThat(problem.get("fields")).isEqualTo(List.of("body"));
        assertThat((String) problem.get("detail")).contains("empty");
    }

    @Test
    void jsonArrayIs400() throws Exception {
        Map<String, Object> problem = problem(post("application/json",
                "[{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"+15550009002\"}]"), 400);
        assertThat((String) problem.get("detail")).contains("must be a JSON object").contains("array");
        assertNothingDialled("15550009002");
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() throws Exception {
        Map<String, Object> problem = problem(post("text/plain",
                "{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"+15550009003\"}"), 415);
        assertThat((String) problem.get("detail")).contains("text/plain");
        assertNothingDialled("15550009003");
    }

    @Test
    void jsonWithoutContentTypeIsReadAsJson() throws Exception {
        HttpResponse<String> r = post(null, "{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"+15550009004\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r.body())).containsEntry("to", "+15550009004").containsKey("callId");
        portsip.wireLog().await(w -> w.bodyAsString().contains("\"callee\":\"+15550009004\""), BOUND);
    }

    @Test
    void aNumberThatIsNotOneIsRefusedBeforeDialling() throws Exception {
        Map<String, Object> problem = problem(post("application/json",
                "{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"15550009005; DROP\"}"), 400);
        assertThat(problem.get("fields")).isEqualTo(List.of("to"));
        assertThat((String) problem.get("detail")).contains("to '15550009005; DROP' is not a phone number");
        assertNothingDialled("15550009005");

        problem = problem(post("application/json",
                "{\"vendor\":\"uc-dialogs\",\"from\":\"11 OR 1=1\",\"to\":\"+15550009006\"}"), 400);
        assertThat(problem.get("fields")).isEqualTo(List.of("from"));
        assertNothingDialled("15550009006");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMissingOrWrongFieldIsNamed() throws Exception {
        Map<String, Object> problem = problem(post("application/json", "{\"vendor\":\"nokia\",\"to\":\"\"}"), 400);
        assertThat((List<Object>) problem.get("fields")).containsExactlyInAnyOrder("from", "to", "vendor");
        assertThat((String) problem.get("detail")).contains("vendor 'nokia' is not one of")
                .contains("missing required parameters from, to");
    }

    @Test
    void anUnknownOrMistypedFieldIsNamed() throws Exception {
        Map<String, Object> problem = problem(post("application/json",
                "{\"vendor\":\"portsip\",\"form\":\"1001\",\"to\":\"+15550009007\"}"), 400);
        assertThat(problem.get("fields")).isEqualTo(List.of("form"));
        problem = problem(post("application/json",
                "{\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":[\"+15550009007\"]}"), 400);
        assertThat(problem.get("fields")).isEqualTo(List.of("to"));
        assertNothingDialled("15550009007");
    }

    @Test
    void theVendorsRefusalKeepsItsStatusCodeAndMessage() throws Exception {
        // BroadWorks answers 403 "invalid calling user" for a user it does not know
        HttpResponse<String> r = post("application/json",
                "{\"vendor\":\"broadworks\",\"from\":\"nosuchuser\",\"to\":\"+15550009008\"}");
        Map<String, Object> problem = problem(r, 403);
        assertThat(problem).containsEntry("vendor", "broadworks").containsEntry("vendorStatus", 403);
        assertThat((String) problem.get("vendorMessage")).contains("invalid calling user");
        // it did reach BroadWorks: the refusal is the vendor's
        broadworks.wireLog().await(w -> w.path().contains("/users/nosuchuser/"), BOUND);
    }

    @Test
    void aRequestIdIsDialledOnce() throws Exception {
        String body = "{\"requestId\":\"crm-4711\",\"vendor\":\"portsip\",\"from\":\"1001\",\"to\":\"+15550009009\"}";
        HttpResponse<String> first = post("application/json", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body())).containsEntry("requestId", "crm-4711");
        Map<String, Object> again = problem(post("application/json", body), 409);
        assertThat(again).containsEntry("requestId", "crm-4711").containsEntry("fields", List.of("requestId"));
        assertThat(portsip.wireLog().matching(w -> w.bodyAsString().contains("+15550009009"))).hasSize(1);
    }

    @Test
    void theMailLinkAnswersProblemsToo() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/click-to-dial?vendor=portsip&from=1003&to=abc%3B%20DROP")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(problem(r, 400).get("fields")).isEqualTo(List.of("to"));
    }

    private void assertNothingDialled(String marker) {
        for (List<RecordedRequest> wire : List.of(portsip.wireLog().all(), broadworks.wireLog().all(),
                ucDialogs.wireLog().all())) {
            assertThat(wire).noneMatch(w -> w.toString().contains(marker));
        }
    }

    private Map<String, Object> problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        Map<String, Object> problem = json(r.body());
        assertThat(problem).containsEntry("status", status).containsKeys("type", "title", "detail");
        return problem;
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/click-to-dial"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
