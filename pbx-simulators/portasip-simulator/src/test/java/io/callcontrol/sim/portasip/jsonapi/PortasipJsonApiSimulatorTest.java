package io.callcontrol.sim.portasip.jsonapi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.sim.kit.MultipartBody;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.kit.SimulatorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator on its own, spoken to with the JDK HTTP client (no dependency on the component). */
class PortasipJsonApiSimulatorTest {

    @RegisterExtension
    static SimulatorExtension<PortasipJsonApiSimulator> sim = new SimulatorExtension<>(PortasipJsonApiSimulator::new);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Answer(int status, String contentType, byte[] body) {
        JsonNode json() throws Exception {
            return SimulatorServer.JSON.readTree(body);
        }
    }

    private static Answer post(String path, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.get().baseUrl() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
    }

    private static Answer form(String service, String method, String authInfo, String params) throws Exception {
        String body = "auth_info=" + URLEncoder.encode(authInfo, StandardCharsets.UTF_8) + "&params="
                      + URLEncoder.encode(params, StandardCharsets.UTF_8);
        return post("/rest/" + service + "/" + method + "/", "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static String login() throws Exception {
        Answer a = form("Session", "login", "{}",
                "{\"login\":\"88881\",\"password\":\"test123\",\"domain\":\"pum.somedomain.com\"}");
        assertThat(a.status()).isEqualTo(200);
        return a.json().get("session_id").asText();
    }

    private static String auth(String sid) {
        return "{\"session_id\":\"" + sid + "\"}";
    }

    @Test
    void loginAnswersSessionAndTokens() throws Exception {
        Answer a = form("Session", "login", "{}",
                "{\"login\":\"88881\",\"password\":\"test123\",\"domain\":\"pum.somedomain.com\"}");
        JsonNode j = a.json();
        assertThat(j.get("session_id").asText()).hasSize(32);
        assertThat(j.fieldNames()).toIterable().containsExactly("session_id", "access_token", "expires_at", "refresh_token");
        assertThat(sim.get().wireLog().last().path()).isEqualTo("/rest/Session/login/");
    }

    @Test
    void invalidAndExpiredSessionsFault() throws Exception {
        Answer bad = form("Voicemail", "get_vm_settings", auth("nope"), "{}");
        assertThat(bad.status()).isEqualTo(500);
        assertThat(bad.json().get("faultcode").asText()).isEqualTo(PortasipJsonApiBackend.FAULT_AUTH_FAILED);
        assertThat(bad.json().get("faultstring").asText()).isEqualTo("Invalid session");

        String sid = login();
        assertThat(form("Voicemail", "get_vm_settings", auth(sid), "{}").status()).isEqualTo(200);
        sim.get().clock().advance(Duration.ofMinutes(29));
        assertThat(form("Voicemail", "get_vm_settings", auth(sid), "{}").status()).isEqualTo(200); // use extends it
        sim.get().clock().advance(Duration.ofMinutes(31));
        Answer expired = form("Voicemail", "get_vm_settings", auth(sid), "{}");
        assertThat(expired.json().get("faultstring").asText()).isEqualTo("Session expired");
        assertThat(form("Voicemail", "get_vm_settings", "{}", "{}").json().get("faultcode").asText())
                .isEqualTo(PortasipJsonApiBackend.FAULT_AUTH_FAILED);
    }

    @Test
    void credentialsInAuthInfoWorkWithoutSession() throws Exception {
        Answer a = form("Voicemail", "get_vm_settings",
                "{\"login\":\"88881\",\"password\":\"test123\",\"domain\":\"pum.somedomain.com\"}", "{}");
        assertThat(a.json().at("/vm_settings/greetings").asText()).isEqualTo("standard");
        Answer wrong = form("Voicemail", "get_vm_settings",
                "{\"login\":\"88881\",\"password\":\"x\",\"domain\":\"pum.somedomain.com\"}", "{}");
        assertThat(wrong.status()).isEqualTo(500);
    }

    @Test
    void menusAreStatefulAndRootIsProtected() throws Exception {
        String sid = login();
        JsonNode created = form("AutoAttendant", "create_menu", auth(sid),
                "{\"menu_info\":{\"name\":\"Night\",\"period\":\"wd {Mon-Fri} hr {6pm-8am}\"}}").json();
        int id = created.get("i_menu").asInt();
        JsonNode list = form("AutoAttendant", "get_menu_list", auth(sid), "{}").json().get("menu_list");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("period").asText()).isEqualTo("wd {Mon-Fri} hr {6pm-8am}");
        assertThat(form("AutoAttendant", "del_menu", auth(sid), "{\"i_menu\":1}").json().get("faultstring").asText())
                .contains("ROOT");
        assertThat(form("AutoAttendant", "create_menu", auth(sid), "{\"menu_info\":{\"name\":\"X\",\"period\":\"bogus\"}}")
                .json().get("faultcode").asText()).isEqualTo(PortasipJsonApiBackend.FAULT_INVALID);
        assertThat(form("AutoAttendant", "del_menu", auth(sid), "{\"i_menu\":" + id + "}").json().get("i_menu").asInt())
                .isEqualTo(id);
        assertThat(form("AutoAttendant", "del_menu", auth(sid), "{\"i_menu\":" + id + "}").json().get("faultcode").asText())
                .isEqualTo("Server.AutoAttendant.del_menu.not_found");
    }

    @Test
    void attachmentsAreStoredAndReturnedAsMultipart() throws Exception {
        String sid = login();
        byte[] audio = { '.', 's', 'n', 'd', 0, 0, 0, 24, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0x1f, 0x40, 0, 0, 0, 1, 9, 8, 7 };
        String boundary = "b0undary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"auth_info\"\r\n\r\n" + auth(sid)
                      + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"params\"\r\n\r\n"
                      + "{\"i_menu\":1,\"prompt_type\":\"intro\",\"prompt\":\"hi.au\"}\r\n--" + boundary
                      + "\r\nContent-Disposition: form-data; name=\"hi.au\"; filename=\"hi.au\"\r\nContent-Type: audio/basic\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = concat(head.getBytes(StandardCharsets.ISO_8859_1), audio, tail);
        Answer up = post("/rest/AutoAttendant/set_menu_prompt/", "multipart/form-data; boundary=" + boundary, body, Map.of());
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().get("i_audio_file").asInt()).isPositive();
        assertThat(sim.get().wireLog().last().body()).isEqualTo(body); // raw multipart bytes recorded
        assertThat(sim.get().backend().account("88881").menuPrompt(1, "intro").content()).isEqualTo(audio);

        Answer down = form("AutoAttendant", "get_menu_prompt", auth(sid), "{\"i_menu\":1,\"prompt_type\":\"intro\"}");
        assertThat(down.contentType()).startsWith("multipart/mixed; boundary=");
        List<MultipartBody.Part> parts = MultipartBody.parse(down.contentType(), down.body()).parts();
        assertThat(parts.get(0).text()).isEqualTo("{\"prompt\":\"hi.au\"}");
        assertThat(parts.get(1).filename()).isEqualTo("hi.au");
        assertThat(parts.get(1).contentType()).isEqualTo("audio/basic");
        assertThat(parts.get(1).content()).isEqualTo(audio);

        Answer missing = form("AutoAttendant", "set_menu_prompt", auth(sid),
                "{\"i_menu\":1,\"prompt_type\":\"intro\",\"prompt\":\"hi.au\"}");
        assertThat(missing.json().get("faultcode").asText()).isEqualTo(PortasipJsonApiBackend.FAULT_ATTACHMENT);
    }

    @Test
    void bearerJsonTransportAndDryRun() throws Exception {
        JsonNode login = form("Session", "login", "{}",
                "{\"login\":\"88881\",\"password\":\"test123\",\"domain\":\"pum.somedomain.com\"}").json();
        String token = login.get("access_token").asText();
        Answer dry = post("/rest/Conference/create_conf/", "application/json",
                "{\"params\":{\"conf_info\":{\"name\":\"A\"}},\"aux_info\":{\"dry_run\":1}}".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + token));
        assertThat(dry.json().get("dry_run").asInt()).isEqualTo(1);
        Answer list = post("/rest/Conference/get_conf_list/", "application/json", "{\"params\":{}}".getBytes(
                StandardCharsets.UTF_8), Map.of("Authorization", "Bearer " + token));
        assertThat(list.json().get("conf_list")).isEmpty();
        Answer forged = post("/rest/Conference/get_conf_list/", "application/json", "{\"params\":{}}".getBytes(
                StandardCharsets.UTF_8), Map.of("Authorization", "Bearer forged"));
        assertThat(forged.json().get("faultcode").asText()).isEqualTo(PortasipJsonApiBackend.FAULT_ACCESS_TOKEN);
    }

    @Test
    void strictRequestShape() throws Exception {
        String sid = login();
        assertThat(post("/rest/Session/login", "application/x-www-form-urlencoded", new byte[0], Map.of()).status())
                .isEqualTo(404); // the trailing slash is part of the documented URL
        assertThat(post("/rest/Voicemail/get_vm_settings/", "text/plain", "x".getBytes(StandardCharsets.UTF_8), Map.of())
                .json().get("faultcode").asText()).isEqualTo(PortasipJsonApiBackend.FAULT_BAD_REQUEST);
        assertThat(form("Voicemail", "get_vm_settings", auth(sid), "{not json").json().get("faultstring").asText())
                .startsWith("Malformed JSON in params");
        assertThat(form("Voicemail", "no_such_method", auth(sid), "{}").json().get("faultcode").asText())
                .isEqualTo(PortasipJsonApiBackend.FAULT_UNKNOWN_METHOD);
        assertThat(form("Voicemail", "set_vm_settings", auth(sid), "{\"vm_settings\":{\"auto_play\":\"maybe\"}}")
                .json().get("faultstring").asText()).contains("auto_play");
        assertThat(form("Voicemail", "set_vm_settings", auth(sid), "{\"vm_settings\":{\"colour\":\"red\"}}")
                .json().get("faultstring").asText()).contains("Unknown property vm_settings.colour");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
