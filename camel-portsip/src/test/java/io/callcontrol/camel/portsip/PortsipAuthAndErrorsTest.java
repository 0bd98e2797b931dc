package io.callcontrol.camel.portsip;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Login, token expiry, refresh and re-login; every documented error; bad input rejected before any request. */
class PortsipAuthAndErrorsTest extends PortsipTestSupport {

    private Exception fail(String uri, Object body, Map<String, Object> headers) {
        Exchange ex = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertThat(ex.getException()).as("the exchange should have failed").isNotNull();
        return ex.getException();
    }

    private void ok(String uri) {
        Exchange ex = template.request(uri, e -> {
        });
        assertThat(ex.getException()).isNull();
    }

    // ---- tokens ----

    @Test
    void expiredTokenIsRejectedThenLoginAgainAndRetryOnce() {
        ok("portsip:list_sessions");
        String first = bearerOf(apiRequests().get(0));
        sim().clock().advance(Duration.ofSeconds(1800)); // the PBX expires it; the client still believes in it

        ok("portsip:list_sessions");
        List<RecordedRequest> wire = sim().wireLog().all();
        assertThat(wire).extracting(r -> r.method() + " " + r.path()).containsExactly("POST " + LOGIN,
                "GET " + SESSIONS, "GET " + SESSIONS, "POST " + LOGIN, "GET " + SESSIONS);
        assertThat(bearerOf(wire.get(2))).isEqualTo(first);
        assertThat(bearerOf(wire.get(4))).isNotEqualTo(first);
        assertThat(sim().isTokenValid(bearerOf(wire.get(4)))).isTrue();
        assertThat(formBody(wire.get(3))).containsEntry("grant_type", "password");
    }

    /** Lists sessions every 200 ms until this many logins/refreshes reached the PBX (at most 15 s). */
    private void listUntilLogins(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (logins().size() < count) {
            assertThat(System.nanoTime()).as(count + " logins within 15 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            ok("portsip:list_sessions");
        }
    }

    @Test
    void fiftyRequestsWithAThreeSecondTokenNeedAHandfulOfTokenRequests() {
        // issue 18: the PBX's 3 s lifetime is shorter than the 60 s refresh margin -- was a token request per request
        sim().tokenLifetime(Duration.ofSeconds(3));
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            ok("portsip:list_sessions");
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(sim().wireLog().find("GET", SESSIONS)).hasSize(50);
        // one login, then a refresh per 2.25 s (3/4 of the lifetime) of the time the 50 requests took
        assertThat(logins()).hasSizeLessThanOrEqualTo(2 + (int) (seconds / 2));
    }

    @Test
    void tokenIsRefreshedBeforeItExpires() {
        // shorter than the 60 s refresh margin: reused, not refreshed per request, then refreshed after 3/4 of it
        sim().tokenLifetime(Duration.ofSeconds(3));
        ok("portsip:list_sessions");
        ok("portsip:list_sessions");
        assertThat(logins()).hasSize(1);
        listUntilLogins(2);

        List<RecordedRequest> logins = logins();
        assertThat(logins).hasSize(2);
        Map<String, String> refresh = formBody(logins.get(1));
        assertThat(refresh).containsOnlyKeys("grant_type", "refresh_token", "client_id")
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("client_id", PortsipSimulator.CLIENT_ID);
        assertThat(refresh.get("refresh_token")).startsWith("rt-");
        List<RecordedRequest> api = apiRequests();
        assertThat(bearerOf(api.get(1))).isEqualTo(bearerOf(api.get(0)));
        RecordedRequest last = api.get(api.size() - 1);
        assertThat(bearerOf(last)).isNotEqualTo(bearerOf(api.get(0)));
        assertThat(sim().isTokenValid(bearerOf(last))).isTrue();
    }

    @Test
    void aFailedRefreshLogsInAgain() {
        sim().tokenLifetime(Duration.ofSeconds(3));
        ok("portsip:list_sessions");
        sim().failNextRequest("POST", LOGIN, 400,
                "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Login failed, authentication error\"}]}");
        listUntilLogins(3);
        assertThat(logins()).extracting(r -> formBody(r).get("grant_type"))
                .containsExactly("password", "refresh_token", "password");
    }

    @Test
    void aTokenRejectedTwiceFailsWithoutLooping() {
        String rejected = "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Unauthorized\",\"detail\":\"token revoked\"}]}";
        sim().failNextRequest("GET", SESSIONS, 401, rejected).failNextRequest("GET", SESSIONS, 401, rejected)
                .failNextRequest("GET", SESSIONS, 401, rejected);
        Exception e = fail("portsip:list_sessions", null, Map.of());

        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.UNAUTHORIZED);
            assertThat(pe.getHttpStatus()).isEqualTo(401);
            assertThat(pe.getDetail()).isEqualTo("token revoked");
        });
        assertThat(sim().wireLog().find("GET", SESSIONS)).hasSize(2);
        assertThat(logins()).hasSize(2);
    }

    @Test
    void failedLoginIsTheTypedErrorAndNothingElseIsSent() {
        Exception e = fail("portsip:initiate?caller=1001&callee=1002&sendSdp=true&password=wrong", null, Map.of());

        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.UNAUTHORIZED);
            assertThat(pe.getErrorCode()).isEqualTo("UNAUTHORIZED");
            assertThat(pe.getErrorMessage()).isEqualTo("Login failed, authentication error");
            assertThat(pe.getHttpStatus()).isEqualTo(400);
            assertThat(pe.getRawBody()).contains("\"errors\"");
            assertThat(pe.getVendor()).isEqualTo("portsip");
        });
        assertThat(sim().wireLog().all()).extracting(RecordedRequest::path).containsExactly(LOGIN);
    }

    @Test
    void tenantUserLogsInWithItsDomain() {
        ok("portsip:list_sessions?username=1001&password=A1s2d3f4&loginDomain=test.io");
        assertThat(formBody(logins().get(0))).containsEntry("username", "1001").containsEntry("domain", "test.io");
    }

    @Test
    void tokenIsRevokedWhenTheContextStops() {
        ok("portsip:list_sessions");
        String token = bearerOf(apiRequests().get(0));
        context.stop();
        RecordedRequest revoke = sim().wireLog().await(r -> r.path().equals("/api/login/oauth/revoke"),
                Duration.ofSeconds(5));
        assertThat(revoke.method()).isEqualTo("POST");
        assertThat(revoke.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(sim().isTokenValid(token)).isFalse();
    }

    // ---- PortSIP's errors ----

    @Test
    void holdOfACallNotConnectedIsVALIDATE_FAILED() {
        Exchange started = template.request("portsip:initiate?caller=1001&callee=1002&sendSdp=true", e -> {
        });
        String id = started.getMessage().getHeader(PortsipConstants.SESSION_ID, String.class);
        Exception e = fail("portsip:hold?extensionNumber=1001", null, Map.of(PortsipConstants.SESSION_ID, id));
        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.VALIDATE_FAILED);
            assertThat(pe.getHttpStatus()).isEqualTo(400);
            assertThat(pe.getErrorMessage()).isEqualTo("Validation failed");
            assertThat(pe.getDetail()).contains("not connected");
            assertThat(pe.getErrors()).hasSize(1);
        });
    }

    @Test
    void unknownSessionIsNOT_FOUND() {
        Exception e = fail("portsip:destroy?sessionId=884757570370146999", null, Map.of());
        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.NOT_FOUND);
            assertThat(pe.getHttpStatus()).isEqualTo(404);
        });
    }

    @Test
    void unknownCodesAreUNKNOWNAndEveryErrorIsKept() {
        sim().failNextRequest("GET", SESSIONS, 500, "{\"errors\":[{\"code\":\"LICENSE_EXPIRED\",\"message\":\"License"
                                                    + " expired\"},{\"code\":\"VALIDATE_FAILED\",\"message\":\"x\"}]}");
        Exception e = fail("portsip:list_sessions", null, Map.of());
        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.UNKNOWN);
            assertThat(pe.getErrorCode()).isEqualTo("LICENSE_EXPIRED");
            assertThat(pe.getErrorMessage()).isEqualTo("License expired");
            assertThat(pe.getHttpStatus()).isEqualTo(500);
            assertThat(pe.getErrors()).extracting(x -> x.code()).containsExactly("LICENSE_EXPIRED", "VALIDATE_FAILED");
        });
    }

    @Test
    void aBodyThatIsNotPortsipsFormatStillGivesTheTypedError() {
        sim().failNextRequest("GET", SESSIONS, 502, "<html>Bad gateway</html>");
        Exception e = fail("portsip:list_sessions", null, Map.of());
        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.UNKNOWN);
            assertThat(pe.getErrorCode()).isNull();
            assertThat(pe.getHttpStatus()).isEqualTo(502);
            assertThat(pe.getRawBody()).isEqualTo("<html>Bad gateway</html>");
            assertThat(pe.getMessage()).contains("HTTP 502");
        });
    }

    @Test
    void wrongExtensionPasswordIsRejectedOnceWithoutLoginRetry() {
        Exception e = fail("portsip:initiate_directly?extensionNumber=1001&extensionPassword=nope&caller=1001"
                           + "&callee=1002&domain=test.io&sendSdp=true", null, Map.of());
        assertThat(e).isInstanceOfSatisfying(PortsipException.class, pe -> {
            assertThat(pe.getCode()).isEqualTo(PortsipErrorCode.UNAUTHORIZED);
            assertThat(pe.getHttpStatus()).isEqualTo(401);
            assertThat(pe.getMessage()).doesNotContain("nope");
        });
        assertThat(sim().wireLog().all()).hasSize(1);
    }

    // ---- transport ----

    @Test
    void noAnswerInTimeIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException ignored) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Exception e = fail("portsip:initiate_directly?baseUrl=http://127.0.0.1:" + silent.getLocalPort()
                               + "/api&responseTimeout=300&extensionNumber=1001&extensionPassword=secret1&caller=1001"
                               + "&callee=1002&domain=test.io&sendSdp=true", null, Map.of());
            assertThat(e).isInstanceOf(CallControlTimeoutException.class);
            assertThat(e.getMessage()).doesNotContain("secret1").contains("/api/sessions/directly?...");
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void refusedConnectionIsAConnectionError() {
        int port = AvailablePortFinder.getNextAvailable();
        Exception e = fail("portsip:list_sessions?baseUrl=http://127.0.0.1:" + port + "/api", null, Map.of());
        assertThat(e).isInstanceOf(CallControlConnectionException.class);
    }

    // ---- bad input: nothing is sent ----

    @Test
    void missingRequiredParametersAreNamedBeforeAnyRequest() {
        Exception e = fail("portsip:initiate", null, Map.of(PortsipConstants.CALLER, "1001"));
        assertThat(e).isInstanceOfSatisfying(CallControlValidationException.class, ve -> {
            assertThat(ve.getParameters()).containsExactly("callee", "sendSdp");
            assertThat(ve.getMessage()).contains("initiate").contains("callee, sendSdp");
        });

        Exception direct = fail("portsip:initiate_directly", null, Map.of());
        assertThat(((CallControlValidationException) direct).getParameters()).containsExactly("extensionNumber",
                "extensionPassword", "caller", "callee", "domain", "sendSdp");

        for (String op : List.of("destroy", "hold", "unhold", "refer")) {
            Exception x = fail("portsip:" + op, null, Map.of());
            assertThat(((CallControlValidationException) x).getParameters()).first().isEqualTo("sessionId");
        }
        Exception refer = fail("portsip:refer?sessionId=1", null, Map.of());
        assertThat(((CallControlValidationException) refer).getParameters()).containsExactly("extensionNumber", "referTo");
        assertThat(sim().wireLog().all()).isEmpty();
    }

    @Test
    void attendedReferNeedsASessionOrANumberPerLeg() {
        Exception e = fail("portsip:attended_refer?sessionId=5&extensionNumber=1001&session1=0&referTo2=1003", null,
                Map.of());
        assertThat(((CallControlValidationException) e).getParameters()).containsExactly("session1 or referTo1");
        assertThat(sim().wireLog().all()).isEmpty();
    }

    @Test
    void wrongTypesAndEnumValuesAreNamed() {
        Map<String, Object> headers = Map.of(PortsipConstants.SEND_SDP, "yes", PortsipConstants.HEADER_DIRECTION,
                "BOTH", PortsipConstants.ADDITIONAL_HEADER, "RING_LOUDLY");
        Exception e = fail("portsip:initiate?caller=1001&callee=1002", null, headers);
        assertThat(e).isInstanceOfSatisfying(CallControlValidationException.class, ve -> {
            assertThat(ve.getParameters()).containsExactlyInAnyOrder("sendSdp", "additionalHeader", "headerDirection");
            assertThat(ve.getMessage()).contains("must be true or false").contains("CALLER, CALLEE, ALL");
        });
        Exception op = fail("portsip:initiate", null, Map.of(PortsipConstants.OPERATION, "originate"));
        assertThat(((CallControlValidationException) op).getParameters()).containsExactly(PortsipConstants.OPERATION);
        assertThat(sim().wireLog().all()).isEmpty();
    }

    @Test
    void missingLoginIsNamed() {
        context.getComponent("portsip", PortsipComponent.class).getConfiguration().setUsername(null);
        Exception e = fail("portsip:list_sessions", null, Map.of());
        assertThat(((CallControlValidationException) e).getParameters()).containsExactly("username");
        assertThat(sim().wireLog().all()).isEmpty();
    }

    @Test
    void consumerOnlyOperationCannotProduceAndUnknownOperationsAreListed() {
        assertThatThrownBy(() -> template.sendBody("portsip:events", null)).hasStackTraceContaining("consumer endpoint");
        assertThatThrownBy(() -> template.sendBody("portsip:originate", null))
                .hasStackTraceContaining("use one of initiate_directly, initiate, destroy, hold, unhold, refer,"
                                         + " attended_refer, list_sessions, events");
        assertThat(sim().wireLog().all()).isEmpty();
    }
}
