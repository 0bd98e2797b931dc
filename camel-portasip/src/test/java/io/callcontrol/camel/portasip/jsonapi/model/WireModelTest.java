package io.callcontrol.camel.portasip.jsonapi.model;

import java.util.Map;

import io.callcontrol.core.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireModelTest {

    @Test
    void flagsAreWrittenInTheDocumentsFormAndReadInAnyForm() {
        VoicemailApi.VmSettings vm = VoicemailApi.VmSettings.builder().passwordAsk(true).autoPlay(false)
                .enableDisa(false).build();
        assertThat(Json.writeString(vm)).isEqualTo("{\"password_ask\":\"yes\",\"auto_play\":\"no\",\"enable_disa\":\"No\"}");
        assertThat(Json.writeString(AutoAttendantApi.MenuInfo.builder().directDialEnabled(true).build()))
                .isEqualTo("{\"direct_dial_enabled\":\"Y\"}");
        for (Object yes : new Object[] { "Y", "y", "yes", "Yes", "true", true, 1, "1" }) {
            assertThat(Json.convert(Map.of("wait_host", yes), ConferenceApi.ConfInfo.class).waitHost()).as("%s", yes).isTrue();
        }
        for (Object no : new Object[] { "N", "no", "No", false, 0 }) {
            assertThat(Json.convert(Map.of("wait_host", no), ConferenceApi.ConfInfo.class).waitHost()).as("%s", no).isFalse();
        }
        assertThat(Json.convert(Map.of("wait_host", ""), ConferenceApi.ConfInfo.class).waitHost()).isNull();
        assertThatThrownBy(() -> Json.convert(Map.of("wait_host", "perhaps"), ConferenceApi.ConfInfo.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enumsUseTheDocumentedValues() {
        assertThat(Json.writeString(TransitionEvent.NOT_ACTIVE)).isEqualTo("\"Not Active\"");
        assertThat(TransitionEvent.of("not active")).isEqualTo(TransitionEvent.NOT_ACTIVE);
        assertThat(TransitionEvent.of("#")).isEqualTo(TransitionEvent.HASH);
        assertThat(TransitionAction.of("TransferE164")).isEqualTo(TransitionAction.TRANSFER_E164);
        assertThat(TransitionAction.of("TRANSFER_E164")).isEqualTo(TransitionAction.TRANSFER_E164);
        assertThat(AddressFormat.of("fullname")).isEqualTo(AddressFormat.FULLNAME);
        assertThat(AddressFormat.FULLNAME.wireValue()).isEqualTo("Fullaname");
        assertThat(Json.writeString(UnseenNotify.ONLY_INBOX)).isEqualTo("2");
        assertThat(Json.convert(Map.of("unseen_type", 2), SmPreferencesApi.FolderPreferences.class).unseenType())
                .isEqualTo(UnseenType.UNSEEN_AND_TOTAL);
        assertThatThrownBy(() -> GreetingType.of("loud")).hasMessageContaining("standard, extended, personal, name");
        assertThatThrownBy(() -> UnseenNotify.of(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseUrlFromTheCallControlWebSocketUrl() {
        assertThat(io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiSettings.baseUrlFromWebSocketUrl(
                "wss://pbx.example.com:8445/ws")).isEqualTo("https://pbx.example.com:8445");
        assertThat(io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiSettings.baseUrlFromWebSocketUrl(
                "ws://127.0.0.1:9000/ws")).isEqualTo("http://127.0.0.1:9000");
        assertThatThrownBy(() -> io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiSettings.baseUrlFromWebSocketUrl(
                "ftp://x/ws")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersIgnoreUnknownProperties() {
        ConferenceApi.GetConfInfoResponse r = Json.read(
                "{\"conf_info\":{\"i_conf\":3,\"name\":\"A\",\"msg_intro_set\":\"1\",\"brand_new\":true}}".getBytes(),
                ConferenceApi.GetConfInfoResponse.class);
        assertThat(r.confInfo().iConf()).isEqualTo(3);
        assertThat(r.confInfo().msgIntroSet()).isEqualTo(1);
        GenericResponse g = Json.read("{\"a\":1,\"b\":{\"c\":2}}".getBytes(), GenericResponse.class);
        assertThat(g.get("a")).isEqualTo(1);
        assertThat(Json.writeString(g)).isEqualTo("{\"a\":1,\"b\":{\"c\":2}}");
    }
}
