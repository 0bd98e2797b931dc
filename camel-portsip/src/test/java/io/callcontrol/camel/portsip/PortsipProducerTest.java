package io.callcontrol.camel.portsip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portsip.api.AttendedReferRequest;
import io.callcontrol.camel.portsip.api.InitiateRequest;
import io.callcontrol.camel.portsip.api.PortsipSession;
import io.callcontrol.camel.portsip.api.SessionCreated;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Every operation against the simulator: what reached the wire, and what came back. */
class PortsipProducerTest extends PortsipTestSupport {

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        Exchange ex = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        if (ex.getException() != null) {
            throw new AssertionError("exchange failed", ex.getException());
        }
        return ex;
    }

    @Test
    void initiateLogsInOnceThenPostsTheDocumentedBody() {
        Exchange ex = send("portsip:initiate?caller=1001&callee=1002&sendSdp=true", null, Map.of());

        assertThat(logins()).hasSize(1);
        assertThat(formBody(logins().get(0))).containsExactly(entry("grant_type", "password"),
                entry("username", "admin"), entry("password", PortsipSimulator.ADMIN_PASSWORD), entry("scope", "all"),
                entry("client_id", "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a"));
        assertThat(logins().get(0).header("Content-Type")).startsWith("application/x-www-form-urlencoded");

        RecordedRequest r = apiRequests().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri()).isEqualTo("/api/sessions");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(sim().isTokenValid(bearerOf(r))).isTrue();
        assertThat(r.bodyAsString()).isEqualTo("{\"caller\":\"1001\",\"callee\":\"1002\",\"send_sdp\":true}");

        SessionCreated created = ex.getMessage().getBody(SessionCreated.class);
        assertThat(created.id()).isNotBlank();
        assertThat(ex.getMessage().getHeader(PortsipConstants.SESSION_ID)).isEqualTo(created.id());
        assertThat(sim().session(created.id())).containsEntry("caller", "1001").containsEntry("callee", "1002")
                .containsEntry("status", "trying");

        // the token is reused
        send("portsip:initiate?caller=1001&callee=1003&sendSdp=false", null, Map.of());
        assertThat(logins()).hasSize(1);
        assertThat(bearerOf(apiRequests().get(1))).isEqualTo(bearerOf(r));
    }

    @Test
    void initiateHeadersOverrideEndpointOptionsAndCarryEveryDocumentedField() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(PortsipConstants.CALLEE, "0033187691");
        headers.put(PortsipConstants.SEND_SDP, "false");
        headers.put(PortsipConstants.CALLER_DISPLAY_NAME, "Front desk");
        headers.put(PortsipConstants.TRUNK, PortsipSimulator.TRUNK);
        headers.put(PortsipConstants.REWRITE_FROM, "3300001");
        headers.put(PortsipConstants.REWRITE_PAI, "3300002");
        headers.put(PortsipConstants.REWRITE_RPI, "3300003");
        headers.put(PortsipConstants.USER_DATA, "order-42");
        headers.put(PortsipConstants.ADDITIONAL_HEADER, "call_info");
        headers.put(PortsipConstants.HEADER_DIRECTION, "CALLEE");
        send("portsip:initiate?caller=1001&callee=1002&sendSdp=true&additionalHeader=ANSWER_MODE&headerDirection=ALL",
                null, headers);

        assertThat(jsonBody(apiRequests().get(0))).containsExactly(entry("caller", "1001"),
                entry("callee", "0033187691"), entry("send_sdp", false), entry("caller_display_name", "Front desk"),
                entry("trunk", "trunk1"), entry("rewrite_from", "3300001"), entry("rewrite_pai", "3300002"),
                entry("rewrite_rpi", "3300003"), entry("user_data", "order-42"), entry("additional_header", "CALL_INFO"),
                entry("header_direction", "CALLEE"));
        assertThat(sim().sessions()).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("direction", "out").containsEntry("user_data", "order-42"));
    }

    @Test
    void initiateTakesTheWholeRequestFromTheBody() {
        send("portsip:initiate", new InitiateRequest("1001", "1002", true, null, null, null, null, null, "crm", null, null),
                Map.of());
        assertThat(apiRequests().get(0).bodyAsString())
                .isEqualTo("{\"caller\":\"1001\",\"callee\":\"1002\",\"send_sdp\":true,\"user_data\":\"crm\"}");

        // a Map with the vendor's field names; a header still wins over it
        send("portsip:initiate", Map.of("caller", "1001", "callee", "1002", "send_sdp", false),
                Map.of(PortsipConstants.CALLEE, "1003"));
        assertThat(apiRequests().get(1).bodyAsString())
                .isEqualTo("{\"caller\":\"1001\",\"callee\":\"1003\",\"send_sdp\":false}");
    }

    @Test
    void initiateDirectlyUsesTheExtensionPasswordAndNoToken() {
        Exchange ex = send("portsip:initiate_directly?extensionNumber=1001&extensionPassword=A1s2d3f4&caller=1001"
                           + "&callee=1002&domain=test.io&sendSdp=true&additionalHeader=ALERT_INFO_INTERCOM"
                           + "&callerDisplayName=Reception Desk", null, Map.of());

        assertThat(sim().wireLog().all()).hasSize(1);
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/api/sessions/directly");
        assertThat(r.uri()).isEqualTo("/api/sessions/directly?extension_number=1001&password=A1s2d3f4&caller=1001"
                                      + "&callee=1002&domain=test.io&send_sdp=true"
                                      + "&caller_display_name=Reception%20Desk&additional_header=ALERT_INFO_INTERCOM");
        assertThat(r.header("Authorization")).isNull();
        String id = ex.getMessage().getHeader(PortsipConstants.SESSION_ID, String.class);
        assertThat(ex.getMessage().getBody(SessionCreated.class).id()).isEqualTo(id);
        assertThat(sim().session(id)).containsEntry("caller_display_name", "Reception Desk");
    }

    @Test
    void destroyHangsUpTheSession() {
        String id = connectedCall("1002");
        Exchange ex = send("portsip:destroy", "keep me", Map.of(PortsipConstants.SESSION_ID, id));

        RecordedRequest r = apiRequests().get(1);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri()).isEqualTo("/api/sessions/" + id + "/destroy");
        assertThat(r.header("Authorization")).isEqualTo(apiRequests().get(0).header("Authorization"));
        assertThat(r.body()).isEmpty();
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(sim().sessions()).isEmpty();
        assertThat(ex.getMessage().getBody()).isEqualTo("keep me");
        assertThat(ex.getMessage().getHeader(PortsipConstants.SESSION_ID)).isEqualTo(id);
    }

    @Test
    void holdAndUnholdTheExtensionsLastCall() {
        String id = connectedCall("1002");
        send("portsip:hold?sessionId=1&extensionNumber=1001", null, Map.of());
        RecordedRequest hold = apiRequests().get(1);
        assertThat(hold.method()).isEqualTo("POST");
        assertThat(hold.uri()).isEqualTo("/api/sessions/1/hold");
        assertThat(hold.bodyAsString()).isEqualTo("{\"extension_number\":\"1001\"}");
        assertThat(sim().session(id)).containsEntry("on_hold", true);

        send("portsip:unhold?extensionNumber=1001", null, Map.of(PortsipConstants.SESSION_ID, id));
        RecordedRequest unhold = apiRequests().get(2);
        assertThat(unhold.uri()).isEqualTo("/api/sessions/" + id + "/unhold");
        assertThat(unhold.bodyAsString()).isEqualTo("{\"extension_number\":\"1001\"}");
        assertThat(sim().session(id)).containsEntry("on_hold", false);
    }

    @Test
    void referBlindTransfersTheCall() {
        String id = connectedCall("1002");
        send("portsip:refer", null, Map.of(PortsipConstants.SESSION_ID, id, PortsipConstants.EXTENSION_NUMBER, "1001",
                PortsipConstants.REFER_TO, "0033187691"));

        RecordedRequest r = apiRequests().get(1);
        assertThat(r.uri()).isEqualTo("/api/sessions/" + id + "/refer");
        assertThat(r.bodyAsString()).isEqualTo("{\"extension_number\":\"1001\",\"refer_to\":\"0033187691\"}");
        assertThat(sim().session(id)).containsEntry("caller", "1002").containsEntry("callee", "0033187691");
    }

    @Test
    void attendedReferConnectsTheOtherPartiesOfTwoCalls() {
        String first = connectedCall("1002");
        String second = connectedCall("1003");
        send("portsip:attended_refer", new AttendedReferRequest("1001", "0", "1002", "0", "1003"),
                Map.of(PortsipConstants.SESSION_ID, second));

        RecordedRequest r = apiRequests().get(2);
        assertThat(r.uri()).isEqualTo("/api/sessions/" + second + "/attended_refer");
        assertThat(r.bodyAsString()).isEqualTo("{\"extension_number\":\"1001\",\"session_1\":\"0\","
                                               + "\"refer_to_1\":\"1002\",\"session_2\":\"0\",\"refer_to_2\":\"1003\"}");
        assertThat(sim().session(first)).isNull();
        assertThat(sim().sessions()).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("caller", "1002").containsEntry("callee", "1003"));
    }

    @Test
    void attendedReferBySessionIds() {
        String first = connectedCall("1002");
        String second = connectedCall("1003");
        send("portsip:attended_refer?extensionNumber=1001", null, Map.of(PortsipConstants.SESSION_ID, first,
                PortsipConstants.SESSION_1, first, PortsipConstants.SESSION_2, second));
        assertThat(jsonBody(apiRequests().get(2))).containsExactly(entry("extension_number", "1001"),
                entry("session_1", first), entry("session_2", second));
        assertThat(sim().sessions()).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("caller", "1002").containsEntry("callee", "1003"));
    }

    @Test
    void listSessionsReturnsTypedSessions() {
        String id = connectedCall("1002");
        template.request("portsip:initiate?caller=1001&callee=1003&sendSdp=true", e -> {
        });
        Exchange ex = send("portsip:list_sessions", null, Map.of());

        RecordedRequest r = apiRequests().get(2);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.uri()).isEqualTo("/api/sessions");
        assertThat(r.header("Authorization")).startsWith("Bearer ");
        @SuppressWarnings("unchecked")
        List<PortsipSession> sessions = ex.getMessage().getBody(List.class);
        assertThat(ex.getMessage().getHeader(PortsipConstants.SESSION_COUNT)).isEqualTo(2);
        assertThat(sessions).extracting(PortsipSession::id, PortsipSession::callee, PortsipSession::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "1002", "connected"),
                        org.assertj.core.groups.Tuple.tuple(sessions.get(1).id(), "1003", "trying"));
    }

    @Test
    void operationHeaderOverridesTheEndpoint() {
        String id = connectedCall("1002");
        send("portsip:list_sessions", null, Map.of(PortsipConstants.OPERATION, "destroy", PortsipConstants.SESSION_ID, id));
        assertThat(apiRequests().get(1).uri()).isEqualTo("/api/sessions/" + id + "/destroy");
        assertThat(sim().sessions()).isEmpty();
    }
}
