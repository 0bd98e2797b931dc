package io.callcontrol.camel.portasip;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portasip.api.GetSipCallsListResponse;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.ws.ConnectionState;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions the server forgets, and logins it refuses: re-login and one retry (never a loop), typed authentication
 * failures with the vendor's code and message, and a bounded number of refused logins with the health check DOWN.
 */
class PortasipSessionTest extends PortasipTestSupport {

    private static final String LIST = "portasip:get_sip_calls_list?iCustomer=30";

    private static List<String> sessionIds(String method) {
        return wire(method).stream().map(n -> n.path("auth_info").path("session_id").asText()).toList();
    }

    @Test
    void aForgottenSessionLogsInAgainAndRetriesTheRequestOnce() {
        template.requestBody(LIST, (Object) null);
        assertThat(pbx.get().loginCount()).isEqualTo(1);

        pbx.get().forgetSessions(); // the socket stays up; the old session_id is answered "Session is not valid"
        GetSipCallsListResponse r = template.requestBody(LIST, null, GetSipCallsListResponse.class);

        assertThat(r.callsList()).isEmpty();
        assertThat(pbx.get().loginCount()).isEqualTo(2);
        assertThat(pbx.get().connectionCount()).isEqualTo(1);
        List<String> sessions = sessionIds("get_sip_calls_list");
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(1)).isEqualTo(sessions.get(0)); // refused: forgotten
        assertThat(sessions.get(2)).isNotEqualTo(sessions.get(1)); // the retry, on the new session
        // the next request uses the new session directly
        template.requestBody(LIST, (Object) null);
        assertThat(sessionIds("get_sip_calls_list")).hasSize(4).last().isEqualTo(sessions.get(2));
        assertThat(pbx.get().loginCount()).isEqualTo(2);
    }

    @Test
    void aSessionRefusedAgainAfterTheReloginFailsTypedWithoutLooping() throws Exception {
        template.requestBody(LIST, (Object) null);
        pbx.get().setSessionsNeverValid(true);

        Exchange out = template.request(LIST, e -> {
        });

        assertThat(out.getException()).isInstanceOfSatisfying(PortasipAuthenticationException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("internal_error");
            assertThat(e.getErrorMessage()).isEqualTo("Session is not valid");
            assertThat(e.getDelivery()).isEqualTo(Delivery.REJECTED);
        });
        assertThat(out.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(Delivery.REJECTED);
        Thread.sleep(300);
        // one request + its one retry after one re-login; nothing more
        assertThat(wire("get_sip_calls_list")).hasSize(3);
        assertThat(pbx.get().loginCount()).isEqualTo(2);
    }

    private PortasipComponent componentWithPassword(String name, String password, int maxAuthenticationAttempts) {
        PortasipComponent c = new PortasipComponent();
        c.getConfiguration().setWebSocketUrl(wsUrl());
        c.getConfiguration().setLogin(PortasipSimulator.LOGIN);
        c.getConfiguration().setPassword(password);
        c.getConfiguration().setReconnectInitialDelay(50);
        c.getConfiguration().setReconnectMaxDelay(100);
        c.getConfiguration().setRequestTimeout(5000);
        c.getConfiguration().setMaxAuthenticationAttempts(maxAuthenticationAttempts);
        context.addComponent(name, c);
        return c;
    }

    @Test
    void aRefusedLoginIsTheAuthenticationExceptionWhateverTheVendorCode() {
        // no "auth" in the code: before, this surfaced as "WebSocket dropped while waiting for the answer"
        pbx.get().setLoginFailure("internal_error", "Wrong login or password");
        componentWithPassword("portasip-wrong", "wrong", 3);

        Exchange out = template.request("portasip-wrong:get_sip_calls_list?iCustomer=30", e -> {
        });

        assertThat(out.getException()).isInstanceOfSatisfying(PortasipAuthenticationException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("internal_error");
            assertThat(e.getErrorMessage()).isEqualTo("Wrong login or password");
            assertThat(e.getMessage()).doesNotContain("WebSocket dropped");
            assertThat(e.isAuthenticationFailure()).isTrue();
            // the request itself never left: safe to retry once the credentials are fixed
            assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT);
        });
        assertThat(out.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        assertThat(lastWire("login").path("params").path("password").asText()).isEqualTo("wrong");
        assertThat(wire("get_sip_calls_list")).isEmpty();
    }

    @Test
    void aWrongPasswordIsTriedABoundedNumberOfTimesAndTheHealthCheckSaysWhy() throws Exception {
        PortasipComponent wrong = componentWithPassword("portasip-bad", "wrong", 2);

        Exchange first = template.request("portasip-bad:get_sip_calls_list?iCustomer=30", e -> {
        });
        assertThat(first.getException()).isInstanceOf(PortasipAuthenticationException.class);
        PortasipCallControlConnection c = wrong.connections().iterator().next();
        await("gave up", () -> c.state() == ConnectionState.FAILED);
        Thread.sleep(500); // many backoff intervals (50-100 ms): no further login
        List<JsonNode> logins = wire("login");
        assertThat(logins).hasSize(2).allSatisfy(l -> assertThat(l.path("params").path("password").asText()).isEqualTo("wrong"));
        assertThat(pbx.get().connectionCount()).isEqualTo(2);

        HealthCheck check = HealthCheckRegistry.get(context).getCheck(c.healthCheck.getId()).orElseThrow();
        HealthCheck.Result health = check.call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getMessage()).get().asString().contains("credentials were refused")
                .contains("Server.Session.auth_failed").contains("Login failed");
        assertThat(health.getDetails()).containsEntry("failure.authentication", true);

        // later requests fail at once with the typed failure, nothing sent, no new login
        Exchange later = template.request("portasip-bad:get_sip_calls_list?iCustomer=30", e -> {
        });
        assertThat(later.getException()).isInstanceOfSatisfying(PortasipAuthenticationException.class,
                e -> assertThat(e.getDelivery()).isEqualTo(Delivery.NOT_SENT));
        assertThat(wire("login")).hasSize(2);
        assertThat(wire("get_sip_calls_list")).isEmpty();
    }

    @Test
    void theGoodCredentialsAreNotBoundedByAnotherEndpointsRefusals() {
        componentWithPassword("portasip-bad2", "wrong", 1);
        template.request("portasip-bad2:get_sip_calls_list?iCustomer=30", e -> {
        });
        assertThat(template.requestBody(LIST, null, GetSipCallsListResponse.class).callsList()).isEmpty();
        assertThat(component().connections()).singleElement()
                .satisfies(x -> assertThat(x.state()).isEqualTo(ConnectionState.CONNECTED));
        assertThat(Map.of()).isEmpty();
    }
}
