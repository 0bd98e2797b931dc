package io.callcontrol.camel.portasip.jsonapi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuListResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SessionApi.LoginResponse;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_DOMAIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_LOGIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bearer + JSON body transport and access tokens. The simulated clock starts at the real time here, because
 * the client judges token expiry (expires_at) on the system clock.
 */
class PortasipJsonApiJsonTransportTest {

    @RegisterExtension
    static SimulatorExtension<PortasipJsonApiSimulator> pbx = new SimulatorExtension<>(
            () -> new PortasipJsonApiSimulator(SimClock.manual(Instant.now()), "127.0.0.1", 0));

    private static PortasipJsonApiSettings.Builder settings() {
        return PortasipJsonApiSettings.builder(pbx.get().baseUrl() + "/")
                .credentials(DEFAULT_LOGIN, DEFAULT_PASSWORD, DEFAULT_DOMAIN)
                .transport(PortasipJsonApiTransport.json);
    }

    private static List<RecordedRequest> at(String service, String method) {
        return pbx.get().wireLog().find("POST", "/rest/" + service + "/" + method + "/");
    }

    @Test
    void bearerTokenAndJsonBody() {
        try (PortasipJsonApiClient client = new PortasipJsonApiClient(settings().build())) {
            GetMenuListResponse r = (GetMenuListResponse) client.call(PortasipJsonApiMethod.get_menu_list, null, null)
                    .join().response();
            assertThat(r.menuList()).extracting(m -> m.name()).containsExactly("ROOT");
            LoginResponse login = (LoginResponse) client.sessions().peek().extra().get("login_response");

            Wire loginWire = Wire.of(at("Session", "login").get(0));
            assertThat(loginWire.contentType()).startsWith("application/json");
            assertThat(loginWire.authorization()).isNull();
            assertThat(loginWire.fields()).containsOnlyKeys("params");
            assertThat(loginWire.params().get("login").asText()).isEqualTo(DEFAULT_LOGIN);

            RecordedRequest call = at("AutoAttendant", "get_menu_list").get(0);
            assertThat(call.header("authorization")).isEqualTo("Bearer " + login.accessToken());
            assertThat(call.bodyAsString()).isEqualTo("{\"params\":{}}");

            client.call(PortasipJsonApiMethod.set_menu_prompt, Map.of("i_menu", r.menuList().get(0).iMenu(),
                    "prompt_type", "menu"), new PortasipAttachment("m.au", null, PortasipJsonApiClientTest.AU)).join();
            Wire upload = Wire.of(at("AutoAttendant", "set_menu_prompt").get(0));
            assertThat(upload.contentType()).startsWith("multipart/form-data");
            assertThat(upload.authorization()).isEqualTo("Bearer " + login.accessToken());
            assertThat(upload.fields()).containsOnlyKeys("params");
            assertThat(upload.files()).singleElement().satisfies(f -> assertThat(f.filename()).isEqualTo("m.au"));
        }
        // close() logged out with the bearer token
        assertThat(at("Session", "logout")).singleElement()
                .satisfies(r -> assertThat(r.header("authorization")).startsWith("Bearer "));
    }

    @Test
    void expiringAccessTokenIsRefreshedWithTheRefreshToken() {
        // a lifetime inside the 60 s refresh margin: reused at first, refreshed after 3/4 of it (not per request)
        pbx.get().backend().setAccessTokenTtl(Duration.ofSeconds(3));
        try (PortasipJsonApiClient client = new PortasipJsonApiClient(settings().build())) {
            client.call(PortasipJsonApiMethod.get_conf_list, null, null).join();
            LoginResponse login = (LoginResponse) client.sessions().peek().extra().get("login_response");
            client.call(PortasipJsonApiMethod.get_conf_list, null, null).join();
            assertThat(at("Session", "refresh_access_token")).isEmpty();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (at("Session", "refresh_access_token").isEmpty()) {
                assertThat(System.nanoTime()).as("a refresh within 15 s").isLessThan(deadline);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
                client.call(PortasipJsonApiMethod.get_conf_list, null, null).join();
            }
            assertThat(at("Session", "login")).hasSize(1);
            assertThat(at("Session", "refresh_access_token")).singleElement().satisfies(r ->
                    assertThat(Wire.of(r).params().get("refresh_token").asText()).isEqualTo(login.refreshToken()));
            List<RecordedRequest> calls = at("Conference", "get_conf_list");
            assertThat(calls.get(1).header("authorization")).isEqualTo(calls.get(0).header("authorization"));
            assertThat(calls.get(calls.size() - 1).header("authorization"))
                    .isNotEqualTo(calls.get(0).header("authorization"));
        }
    }

    @Test
    void rejectedAccessTokenLogsInAgain() {
        try (PortasipJsonApiClient client = new PortasipJsonApiClient(settings().build())) {
            client.call(PortasipJsonApiMethod.get_conf_list, null, null).join();
            pbx.get().backend().dropAllSessions();
            client.call(PortasipJsonApiMethod.get_conf_list, null, null).join();
        }
        assertThat(at("Session", "login")).hasSize(2);
        List<RecordedRequest> calls = at("Conference", "get_conf_list");
        assertThat(calls).hasSize(3);
    }

    @Test
    void staticAccessTokenNeedsNoLogin() {
        String token;
        try (PortasipJsonApiClient first = new PortasipJsonApiClient(settings().logoutOnClose(false).build())) {
            token = first.login().join().accessToken();
        }
        pbx.get().wireLog().clear();
        try (PortasipJsonApiClient client = new PortasipJsonApiClient(PortasipJsonApiSettings
                .builder(pbx.get().baseUrl()).accessToken(token).transport(PortasipJsonApiTransport.json).build())) {
            client.call(PortasipJsonApiMethod.get_vm_settings, null, null).join();
        }
        try (PortasipJsonApiClient client = new PortasipJsonApiClient(PortasipJsonApiSettings
                .builder(pbx.get().baseUrl()).accessToken(token).build())) {
            client.call(PortasipJsonApiMethod.get_vm_settings, null, null).join();
        }
        assertThat(at("Session", "login")).isEmpty();
        assertThat(at("Session", "logout")).isEmpty();
        List<RecordedRequest> calls = at("Voicemail", "get_vm_settings");
        assertThat(calls.get(0).header("authorization")).isEqualTo("Bearer " + token);
        assertThat(Wire.of(calls.get(1)).authInfo().toString()).isEqualTo("{\"access_token\":\"" + token + "\"}");
    }

    @Test
    void badStaticTokenFaultsWithoutRetry() {
        try (PortasipJsonApiClient client = new PortasipJsonApiClient(PortasipJsonApiSettings
                .builder(pbx.get().baseUrl()).accessToken("forged").transport(PortasipJsonApiTransport.json).build())) {
            Throwable t = PortasipJsonApiClient.unwrap(client.call(PortasipJsonApiMethod.get_vm_settings, null, null)
                    .handle((r, e) -> e).join());
            assertThat(t).isInstanceOfSatisfying(PortasipFaultException.class, e -> {
                assertThat(e.getFaultCode()).isEqualTo(PortasipJsonApiBackend.FAULT_ACCESS_TOKEN);
                assertThat(e.isAuthenticationFault()).isTrue();
            });
        }
        assertThat(at("Voicemail", "get_vm_settings")).hasSize(1);
    }
}
