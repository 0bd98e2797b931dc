package io.callcontrol.camel.portasip.jsonapi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portasip.jsonapi.model.AddressFormat;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.CreateMenuResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.DelMenuResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.DelMenuTransitionResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuListResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuTransitionListResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuTransitionPromptRequest;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuTransitionPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.MenuInfo;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.SetMenuPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.SetMenuTransitionPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.SetMenuTransitionRequest;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.SetMenuTransitionResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.TransitionInfo;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.UpdateMenuResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConfPromptType;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.ConfInfo;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.CreateConfRequest;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.CreateConfResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.DelConfResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.GetConfInfoResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.GetConfListResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.GetConfPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.SetConfPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.UpdateConfRequest;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.UpdateConfResponse;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi.CreateDirEntryRequest;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi.CreateDirEntryResponse;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi.DirEntryInfo;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi.GetDirEntryResponse;
import io.callcontrol.camel.portasip.jsonapi.model.ExtEmailAction;
import io.callcontrol.camel.portasip.jsonapi.model.FaxFormat;
import io.callcontrol.camel.portasip.jsonapi.model.GenericResponse;
import io.callcontrol.camel.portasip.jsonapi.model.GreetingType;
import io.callcontrol.camel.portasip.jsonapi.model.MenuPromptType;
import io.callcontrol.camel.portasip.jsonapi.model.PromptLevel;
import io.callcontrol.camel.portasip.jsonapi.model.PromptSource;
import io.callcontrol.camel.portasip.jsonapi.model.SessionApi.LoginResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SessionApi.LogoutResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.DisplayPreferences;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.FolderPreferences;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.GetDisplayPreferencesResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.GetFolderPreferencesResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.SetDisplayPreferencesRequest;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.SetFolderPreferencesRequest;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi.SetFolderPreferencesResponse;
import io.callcontrol.camel.portasip.jsonapi.model.TransitionAction;
import io.callcontrol.camel.portasip.jsonapi.model.TransitionEvent;
import io.callcontrol.camel.portasip.jsonapi.model.UnseenNotify;
import io.callcontrol.camel.portasip.jsonapi.model.UnseenType;
import io.callcontrol.camel.portasip.jsonapi.model.VoiceMessageFormat;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.GetVmGreetingResponse;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.GetVmSettingsResponse;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.GreetingInfo;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.SetVmGreetingRequest;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.SetVmGreetingResponse;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.SetVmSettingsRequest;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.SetVmSettingsResponse;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.VmSettings;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_DOMAIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_LOGIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every method of the JSON API against the simulator, with the request as it reached the wire. */
class PortasipJsonApiClientTest {

    @RegisterExtension
    static SimulatorExtension<PortasipJsonApiSimulator> pbx = new SimulatorExtension<>(PortasipJsonApiSimulator::new);

    static final byte[] AU = PortasipAudio.au(new byte[] { (byte) 0xff, 0x7f, 0x00, 0x10, 0x20 });
    static final byte[] AU2 = PortasipAudio.au(new byte[] { 1, 2, 3 });

    private PortasipJsonApiClient client;

    @BeforeEach
    void setUp() {
        client = new PortasipJsonApiClient(settings().build());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static PortasipJsonApiSettings.Builder settings() {
        return PortasipJsonApiSettings.builder(pbx.get().baseUrl())
                .credentials(DEFAULT_LOGIN, DEFAULT_PASSWORD, DEFAULT_DOMAIN)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private PortasipJsonApiResult call(PortasipJsonApiMethod m, Object params) {
        return call(m, params, null);
    }

    private PortasipJsonApiResult call(PortasipJsonApiMethod m, Object params, PortasipAttachment att) {
        try {
            return client.call(m, params, att).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable t = PortasipJsonApiClient.unwrap(e);
            if (t instanceof RuntimeException re) {
                throw re;
            }
            throw new AssertionError(t);
        }
    }

    private static RecordedRequest last(String service, String method) {
        List<RecordedRequest> found = pbx.get().wireLog().find("POST", "/rest/" + service + "/" + method + "/");
        assertThat(found).as("requests to %s/%s", service, method).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static int count(String service, String method) {
        return pbx.get().wireLog().find("POST", "/rest/" + service + "/" + method + "/").size();
    }

    private String sessionId() {
        return ((LoginResponse) client.sessions().peek().extra().get("login_response")).sessionId();
    }

    // ---- Session --------------------------------------------------------------------------------

    @Test
    void loginSendsTheCredentialsAsParamsWithAnEmptyAuthInfo() {
        LoginResponse r = (LoginResponse) call(PortasipJsonApiMethod.login, null).response();
        assertThat(r.sessionId()).hasSize(32);
        assertThat(r.accessToken()).isNotBlank();
        Wire w = Wire.of(last("Session", "login"));
        assertThat(w.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(w.authInfo().isEmpty()).isTrue();
        assertThat(w.params().toString()).isEqualTo(
                "{\"login\":\"88881\",\"domain\":\"pum.somedomain.com\",\"password\":\"test123\"}");
    }

    @Test
    void sessionIsReusedForEveryCall() {
        call(PortasipJsonApiMethod.get_vm_settings, null);
        call(PortasipJsonApiMethod.get_folder_preferences, null);
        call(PortasipJsonApiMethod.ping, null);
        assertThat(count("Session", "login")).isEqualTo(1);
        String sid = sessionId();
        for (String[] sm : new String[][] { { "Voicemail", "get_vm_settings" }, { "SMPreferences", "get_folder_preferences" },
                { "Session", "ping" } }) {
            Wire w = Wire.of(last(sm[0], sm[1]));
            assertThat(w.authInfo().toString()).isEqualTo("{\"session_id\":\"" + sid + "\"}");
            assertThat(w.params().isEmpty()).isTrue();
        }
        assertThat(call(PortasipJsonApiMethod.ping, null).response()).isEqualTo(new GenericResponse(Map.of("success", 1)));
    }

    @Test
    void expiredSessionLogsInAgainOnceAndRetries() {
        call(PortasipJsonApiMethod.get_vm_settings, null);
        String first = sessionId();
        pbx.get().clock().advance(Duration.ofMinutes(31));
        GetVmSettingsResponse r = (GetVmSettingsResponse) call(PortasipJsonApiMethod.get_vm_settings, null).response();
        assertThat(r.vmSettings()).isNotNull();
        assertThat(count("Session", "login")).isEqualTo(2);
        List<RecordedRequest> vm = pbx.get().wireLog().find("POST", "/rest/Voicemail/get_vm_settings/");
        assertThat(vm).hasSize(3);
        assertThat(Wire.of(vm.get(1)).authInfo().get("session_id").asText()).isEqualTo(first);
        assertThat(Wire.of(vm.get(2)).authInfo().get("session_id").asText()).isEqualTo(sessionId()).isNotEqualTo(first);
    }

    @Test
    void reLoginHappensOnlyOnce() {
        pbx.get().backend().setSessionIdleTimeout(Duration.ofSeconds(-1)); // every session is already expired
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_vm_settings, null))
                .isInstanceOfSatisfying(PortasipFaultException.class, e -> {
                    assertThat(e.getFaultCode()).isEqualTo(PortasipJsonApiBackend.FAULT_AUTH_FAILED);
                    assertThat(e.isAuthenticationFault()).isTrue();
                });
        assertThat(count("Session", "login")).isEqualTo(2);
        assertThat(count("Voicemail", "get_vm_settings")).isEqualTo(2);
    }

    @Test
    void droppedSessionOnTheServerLogsInAgain() {
        call(PortasipJsonApiMethod.get_menu_list, null);
        pbx.get().backend().dropAllSessions();
        call(PortasipJsonApiMethod.get_menu_list, null);
        assertThat(count("Session", "login")).isEqualTo(2);
    }

    @Test
    void wrongPasswordFailsWithTheLoginFaultAndNoLoop() {
        try (PortasipJsonApiClient bad = new PortasipJsonApiClient(settings().password("nope").build())) {
            assertThatThrownBy(() -> bad.call(PortasipJsonApiMethod.get_vm_settings, null, null).get(5, TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(PortasipFaultException.class, e -> {
                        assertThat(e.getFaultCode()).isEqualTo(PortasipJsonApiBackend.FAULT_LOGIN_FAILED);
                        assertThat(e.getFaultString()).contains("Login failed");
                        assertThat(e.getHttpStatus()).isEqualTo(500);
                        assertThat(e.getRawBody()).contains("faultcode");
                    });
        }
        assertThat(count("Session", "login")).isEqualTo(1);
        assertThat(count("Voicemail", "get_vm_settings")).isZero();
    }

    @Test
    void logoutEndsTheSessionAndTheNextCallLogsInAgain() {
        call(PortasipJsonApiMethod.get_vm_settings, null);
        String sid = sessionId();
        LogoutResponse r = (LogoutResponse) call(PortasipJsonApiMethod.logout, null).response();
        assertThat(r.success()).isEqualTo(1);
        assertThat(Wire.of(last("Session", "logout")).authInfo().get("session_id").asText()).isEqualTo(sid);
        assertThat(pbx.get().backend().sessionCount()).isZero();
        call(PortasipJsonApiMethod.get_vm_settings, null);
        assertThat(count("Session", "login")).isEqualTo(2);
    }

    @Test
    void closeLogsOut() {
        call(PortasipJsonApiMethod.get_vm_settings, null);
        String sid = sessionId();
        client.close();
        assertThat(Wire.of(last("Session", "logout")).authInfo().get("session_id").asText()).isEqualTo(sid);
        assertThat(pbx.get().backend().sessionCount()).isZero();
    }

    @Test
    void credentialsInEveryRequestWithoutSession() {
        try (PortasipJsonApiClient nosess = new PortasipJsonApiClient(settings().useSession(false).build())) {
            nosess.call(PortasipJsonApiMethod.get_vm_settings, null, null).join();
        }
        assertThat(count("Session", "login")).isZero();
        assertThat(Wire.of(last("Voicemail", "get_vm_settings")).authInfo().toString()).isEqualTo(
                "{\"login\":\"88881\",\"domain\":\"pum.somedomain.com\",\"password\":\"test123\"}");
    }

    @Test
    void apiTokenLogin() {
        try (PortasipJsonApiClient tok = new PortasipJsonApiClient(settings().password(null)
                .apiToken(PortasipJsonApiBackend.DEFAULT_API_TOKEN).build())) {
            tok.call(PortasipJsonApiMethod.get_conf_list, null, null).join();
        }
        assertThat(Wire.of(last("Session", "login")).params().toString())
                .isEqualTo("{\"login\":\"88881\",\"domain\":\"pum.somedomain.com\",\"token\":\"api-token-88881\"}");
    }

    @Test
    void refreshAccessToken() {
        LoginResponse login = (LoginResponse) call(PortasipJsonApiMethod.login, null).response();
        LoginResponse r = (LoginResponse) call(PortasipJsonApiMethod.refresh_access_token,
                Map.of("refresh_token", login.refreshToken())).response();
        assertThat(r.accessToken()).isNotBlank().isNotEqualTo(login.accessToken());
        Wire w = Wire.of(last("Session", "refresh_access_token"));
        assertThat(w.authInfo().isEmpty()).isTrue();
        assertThat(w.params().get("refresh_token").asText()).isEqualTo(login.refreshToken());
    }

    // ---- Voicemail --------------------------------------------------------------------------------

    @Test
    void voicemailSettingsRoundTripWithYesNoFlagsOnTheWire() {
        VmSettings vm = VmSettings.builder().password("777").extEmail("sergey.pavlov@gmail.com").autoPlay(false)
                .announceDt(false).passwordAsk(true).enableDisa(true).promptLevels(PromptLevel.RAPID)
                .greetings(GreetingType.PERSONAL).faxFile(FaxFormat.MULTI_TIFF)
                .extEmailAction(ExtEmailAction.FWD_AS_ATTACHMENT).extEmailVmFmt(VoiceMessageFormat.WAV).build();
        SetVmSettingsResponse saved = (SetVmSettingsResponse) call(PortasipJsonApiMethod.set_vm_settings,
                new SetVmSettingsRequest(vm)).response();
        assertThat(saved.vmSettingsSaved()).isEqualTo(1);
        JsonNode wire = Wire.of(last("Voicemail", "set_vm_settings")).params().get("vm_settings");
        assertThat(wire.get("auto_play").asText()).isEqualTo("no");
        assertThat(wire.get("password_ask").asText()).isEqualTo("yes");
        assertThat(wire.get("enable_disa").asText()).isEqualTo("Yes");
        assertThat(wire.get("fax_file").asText()).isEqualTo("multi_tiff");
        assertThat(wire.get("ext_email_action").asText()).isEqualTo("fwd_as_attachment");
        GetVmSettingsResponse read = (GetVmSettingsResponse) call(PortasipJsonApiMethod.get_vm_settings, null).response();
        assertThat(read.vmSettings()).isEqualTo(vm);
    }

    @Test
    void greetingUploadAndDownload() {
        SetVmGreetingResponse up = (SetVmGreetingResponse) call(PortasipJsonApiMethod.set_vm_greeting,
                new SetVmGreetingRequest(new GreetingInfo(GreetingType.NAME, "wellcome.au")),
                new PortasipAttachment("wellcome.au", null, AU)).response();
        assertThat(up.success()).isEqualTo(1);
        assertThat(up.iAudioFile()).isPositive();
        Wire w = Wire.of(last("Voicemail", "set_vm_greeting"));
        assertThat(w.contentType()).startsWith("multipart/form-data");
        assertThat(w.authInfo().get("session_id").asText()).isEqualTo(sessionId());
        assertThat(w.params().toString()).isEqualTo("{\"greeting_info\":{\"greeting_type\":\"name\",\"filename\":\"wellcome.au\"}}");
        assertThat(w.files()).singleElement().satisfies(f -> {
            assertThat(f.filename()).isEqualTo("wellcome.au");
            assertThat(f.contentType()).isEqualTo("audio/basic");
            assertThat(f.content()).isEqualTo(AU);
        });

        PortasipJsonApiResult down = call(PortasipJsonApiMethod.get_vm_greeting, Map.of("greeting_type", "name"));
        assertThat(((GetVmGreetingResponse) down.response()).filename()).isEqualTo("wellcome.au");
        assertThat(down.attachment().content()).isEqualTo(AU);
        assertThat(down.attachment().filename()).isEqualTo("wellcome.au");
        assertThat(down.attachment().contentType()).isEqualTo("audio/basic");
        assertThat(Wire.of(last("Voicemail", "get_vm_greeting")).params().toString())
                .isEqualTo("{\"greeting_type\":\"name\"}");
    }

    @Test
    void greetingFilenameComesFromTheAttachmentWhenParamsOmitIt() {
        call(PortasipJsonApiMethod.set_vm_greeting, Map.of("greeting_info", Map.of("greeting_type", "extended")),
                new PortasipAttachment("ext.g729", null, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
        Wire w = Wire.of(last("Voicemail", "set_vm_greeting"));
        assertThat(w.params().at("/greeting_info/filename").asText()).isEqualTo("ext.g729");
        assertThat(w.files().get(0).contentType()).isEqualTo("audio/G729");
    }

    // ---- SMPreferences ----------------------------------------------------------------------------

    @Test
    void folderAndDisplayPreferences() {
        FolderPreferences fp = new FolderPreferences("Deleted", "none", UnseenType.UNSEEN_AND_TOTAL,
                UnseenNotify.ALL_FOLDERS, "Sent Items", 1, 5);
        SetFolderPreferencesResponse ok = (SetFolderPreferencesResponse) call(PortasipJsonApiMethod.set_folder_preferences,
                new SetFolderPreferencesRequest(fp)).response();
        assertThat(ok.success()).isEqualTo(1);
        JsonNode wire = Wire.of(last("SMPreferences", "set_folder_preferences")).params().get("folder_prefs");
        assertThat(wire.get("unseen_type").asInt()).isEqualTo(2);
        assertThat(wire.get("unseen_notify").asInt()).isEqualTo(3);
        assertThat(((GetFolderPreferencesResponse) call(PortasipJsonApiMethod.get_folder_preferences, null).response())
                .folderPrefs()).isEqualTo(fp);

        DisplayPreferences dp = DisplayPreferences.builder().wrapAt(72).showNum(25).bodyQuote("|")
                .addrsrchFullname(AddressFormat.FULLNAME).showHtmlDefault(1).build();
        call(PortasipJsonApiMethod.set_display_preferences, new SetDisplayPreferencesRequest(dp));
        assertThat(Wire.of(last("SMPreferences", "set_display_preferences")).params().toString())
                .isEqualTo("{\"display_prefs\":{\"wrap_at\":72,\"body_quote\":\"|\",\"show_html_default\":1,"
                           + "\"addrsrch_fullname\":\"Fullaname\",\"show_num\":25}}");
        DisplayPreferences read = ((GetDisplayPreferencesResponse) call(PortasipJsonApiMethod.get_display_preferences,
                null).response()).displayPrefs();
        assertThat(read.wrapAt()).isEqualTo(72);
        assertThat(read.addrsrchFullname()).isEqualTo(AddressFormat.FULLNAME);
        assertThat(read.editorHeight()).isEqualTo(20); // untouched default
    }

    // ---- AutoAttendant ----------------------------------------------------------------------------

    private int rootMenu() {
        GetMenuListResponse list = (GetMenuListResponse) call(PortasipJsonApiMethod.get_menu_list, null).response();
        return list.menuList().stream().filter(m -> "ROOT".equals(m.name())).findFirst().orElseThrow().iMenu();
    }

    @Test
    void menuCrud() {
        int root = rootMenu();
        MenuInfo info = MenuInfo.builder().name("AABBBCCC").period("wd {Mon-Fri} hr {9am-4pm}").periodDesc("Office")
                .msgTimeoutType(PromptSource.STANDARD).directDialEnabled(true).firstDigitTimeout(7).build();
        int id = ((CreateMenuResponse) call(PortasipJsonApiMethod.create_menu, Map.of("menu_info", info)).response()).iMenu();
        assertThat(id).isNotEqualTo(root);
        assertThat(Wire.of(last("AutoAttendant", "create_menu")).params().toString()).isEqualTo(
                "{\"menu_info\":{\"name\":\"AABBBCCC\",\"period\":\"wd {Mon-Fri} hr {9am-4pm}\",\"period_desc\":\"Office\","
                + "\"msg_timeout_type\":\"standard\",\"first_digit_timeout\":7,\"direct_dial_enabled\":\"Y\"}}");

        UpdateMenuResponse up = (UpdateMenuResponse) call(PortasipJsonApiMethod.update_menu,
                Map.of("menu_info", Map.of("i_menu", id, "name", "DDDEEFF", "period", "hr{0-2}", "period_desc", "New period")))
                .response();
        assertThat(up.iMenu()).isEqualTo(id);
        List<MenuInfo> menus = ((GetMenuListResponse) call(PortasipJsonApiMethod.get_menu_list, null).response()).menuList();
        assertThat(menus).extracting(MenuInfo::name).containsExactly("ROOT", "DDDEEFF");
        MenuInfo updated = menus.get(1);
        assertThat(updated.period()).isEqualTo("hr{0-2}");
        assertThat(updated.directDialEnabled()).isTrue();
        assertThat(updated.firstDigitTimeout()).isEqualTo(7);

        DelMenuResponse del = (DelMenuResponse) call(PortasipJsonApiMethod.del_menu, Map.of("i_menu", id)).response();
        assertThat(del.iMenu()).isEqualTo(id);
        assertThat(Wire.of(last("AutoAttendant", "del_menu")).params().toString()).isEqualTo("{\"i_menu\":" + id + "}");
        assertThat(pbx.get().backend().account(DEFAULT_LOGIN).menuCount()).isEqualTo(1);
    }

    @Test
    void menuPromptUploadAndDownload() {
        int root = rootMenu();
        SetMenuPromptResponse up = (SetMenuPromptResponse) call(PortasipJsonApiMethod.set_menu_prompt,
                Map.of("i_menu", root, "prompt_type", MenuPromptType.INTRO), new PortasipAttachment("wellcome.au", null, AU))
                .response();
        assertThat(up.iMenu()).isEqualTo(root);
        assertThat(up.iAudioFile()).isPositive();
        Wire w = Wire.of(last("AutoAttendant", "set_menu_prompt"));
        assertThat(w.params().toString()).isEqualTo("{\"i_menu\":" + root + ",\"prompt_type\":\"intro\",\"prompt\":\"wellcome.au\"}");
        assertThat(w.files().get(0).content()).isEqualTo(AU);

        PortasipJsonApiResult down = call(PortasipJsonApiMethod.get_menu_prompt, Map.of("i_menu", root, "prompt_type", "intro"));
        assertThat(((GetMenuPromptResponse) down.response()).prompt()).isEqualTo("wellcome.au");
        assertThat(down.attachment().content()).isEqualTo(AU);
        MenuInfo rootInfo = ((GetMenuListResponse) call(PortasipJsonApiMethod.get_menu_list, null).response()).menuList().get(0);
        assertThat(rootInfo.msgIntroSet()).isEqualTo(1);
        assertThat(rootInfo.msgIntroType()).isEqualTo(PromptSource.CUSTOM);
    }

    @Test
    void transitionsWithPrompts() {
        int root = rootMenu();
        TransitionInfo t = TransitionInfo.builder().event(TransitionEvent.DIGIT_0).action(TransitionAction.TRANSFER)
                .destination("5555").playPrompt(true).build();
        SetMenuTransitionResponse set = (SetMenuTransitionResponse) call(PortasipJsonApiMethod.set_menu_transition,
                new SetMenuTransitionRequest(root, t)).response();
        int idT = set.iMenuTransition();
        assertThat(set.iAudioFile()).isNull();
        assertThat(Wire.of(last("AutoAttendant", "set_menu_transition")).params().toString()).isEqualTo("{\"i_menu\":" + root
                + ",\"transition_info\":{\"action\":\"Transfer\",\"destination\":\"5555\",\"event\":\"0\",\"play_prompt\":\"Y\"}}");

        // Appendix A passes i_menu inside transition_info; '#' with a prompt in the same request
        SetMenuTransitionResponse hash = (SetMenuTransitionResponse) call(PortasipJsonApiMethod.set_menu_transition,
                Map.of("transition_info", Map.of("i_menu", root, "event", "#", "action", "Voicemail", "prompt", "vm.au")),
                new PortasipAttachment("vm.au", null, AU2)).response();
        assertThat(hash.iAudioFile()).isPositive();
        assertThat(Wire.of(last("AutoAttendant", "set_menu_transition")).files()).hasSize(1);

        List<TransitionInfo> list = ((GetMenuTransitionListResponse) call(PortasipJsonApiMethod.get_menu_transition_list,
                Map.of("i_menu", root)).response()).transitionList();
        assertThat(list).extracting(TransitionInfo::event).containsExactly(TransitionEvent.DIGIT_0, TransitionEvent.HASH);
        assertThat(list.get(0).action()).isEqualTo(TransitionAction.TRANSFER);
        assertThat(list.get(0).playPrompt()).isTrue();
        assertThat(list.get(1).promptSet()).isEqualTo(1);

        SetMenuTransitionPromptResponse tp = (SetMenuTransitionPromptResponse) call(
                PortasipJsonApiMethod.set_menu_transition_prompt, Map.of("i_menu_transition", idT),
                new PortasipAttachment("zero.au", null, AU)).response();
        assertThat(tp.iMenuTransition()).isEqualTo(idT);
        assertThat(Wire.of(last("AutoAttendant", "set_menu_transition_prompt")).params().toString())
                .isEqualTo("{\"i_menu_transition\":" + idT + ",\"prompt\":\"zero.au\"}");

        PortasipJsonApiResult byEvent = call(PortasipJsonApiMethod.get_menu_transition_prompt,
                new GetMenuTransitionPromptRequest(TransitionEvent.HASH, root, null));
        assertThat(((GetMenuTransitionPromptResponse) byEvent.response()).prompt()).isEqualTo("vm.au");
        assertThat(byEvent.attachment().content()).isEqualTo(AU2);
        assertThat(Wire.of(last("AutoAttendant", "get_menu_transition_prompt")).params().toString())
                .isEqualTo("{\"event\":\"#\",\"i_menu\":" + root + "}");
        PortasipJsonApiResult byId = call(PortasipJsonApiMethod.get_menu_transition_prompt, Map.of("i_menu_transition", idT));
        assertThat(byId.attachment().filename()).isEqualTo("zero.au");

        DelMenuTransitionResponse del = (DelMenuTransitionResponse) call(PortasipJsonApiMethod.del_menu_transition,
                Map.of("i_menu_transition", idT)).response();
        assertThat(del.iMenuTransition()).isEqualTo(idT);
        assertThat(((GetMenuTransitionListResponse) call(PortasipJsonApiMethod.get_menu_transition_list,
                Map.of("i_menu", root)).response()).transitionList()).hasSize(1);
    }

    // ---- Conference -----------------------------------------------------------------------------

    @Test
    void conferenceCrudAndPrompts() {
        ConfInfo conf = ConfInfo.builder().name("Weekly").pinHost("1111").pinUser("2222").maxParticipants(10)
                .waitHost(true).playMoh(false).startTime("2026-01-06 09:00:00").build();
        int id = ((CreateConfResponse) call(PortasipJsonApiMethod.create_conf, new CreateConfRequest(conf)).response()).iConf();
        assertThat(Wire.of(last("Conference", "create_conf")).params().toString()).isEqualTo(
                "{\"conf_info\":{\"name\":\"Weekly\",\"pin_host\":\"1111\",\"pin_user\":\"2222\",\"max_participants\":10,"
                + "\"wait_host\":\"Y\",\"play_moh\":\"N\",\"start_time\":\"2026-01-06 09:00:00\"}}");

        ConfInfo byId = ((GetConfInfoResponse) call(PortasipJsonApiMethod.get_conf_info, Map.of("i_conf", id)).response()).confInfo();
        assertThat(byId.name()).isEqualTo("Weekly");
        assertThat(byId.waitHost()).isTrue();
        assertThat(byId.msgIntroSet()).isZero();
        ConfInfo byName = ((GetConfInfoResponse) call(PortasipJsonApiMethod.get_conf_info, Map.of("name", "Weekly"))
                .response()).confInfo();
        assertThat(byName.iConf()).isEqualTo(id);

        UpdateConfResponse up = (UpdateConfResponse) call(PortasipJsonApiMethod.update_conf,
                new UpdateConfRequest(ConfInfo.builder().iConf(id).maxParticipants(20).build())).response();
        assertThat(up.iConf()).isEqualTo(id);
        List<ConfInfo> list = ((GetConfListResponse) call(PortasipJsonApiMethod.get_conf_list, null).response()).confList();
        assertThat(list).singleElement().satisfies(c -> assertThat(c.maxParticipants()).isEqualTo(20));

        SetConfPromptResponse p = (SetConfPromptResponse) call(PortasipJsonApiMethod.set_conf_prompt,
                Map.of("i_conf", id, "prompt_type", ConfPromptType.MOH), new PortasipAttachment("moh.au", "audio/basic", AU))
                .response();
        assertThat(p.iConf()).isEqualTo(id);
        PortasipJsonApiResult moh = call(PortasipJsonApiMethod.get_conf_prompt, Map.of("i_conf", id, "prompt_type", "moh"));
        assertThat(((GetConfPromptResponse) moh.response()).prompt()).isEqualTo("moh.au");
        assertThat(moh.attachment().content()).isEqualTo(AU);
        assertThat(((GetConfInfoResponse) call(PortasipJsonApiMethod.get_conf_info, Map.of("i_conf", id)).response())
                .confInfo().mohSet()).isEqualTo(1);

        assertThat(((DelConfResponse) call(PortasipJsonApiMethod.del_conf, Map.of("i_conf", id)).response()).iConf()).isEqualTo(id);
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_conf_info, Map.of("i_conf", id)))
                .isInstanceOfSatisfying(PortasipFaultException.class,
                        e -> assertThat(e.getFaultCode()).isEqualTo("Server.Conference.get_conf_info.not_found"));
    }

    // ---- DialDirectory --------------------------------------------------------------------------

    @Test
    void directoryEntryCrud() {
        DirEntryInfo entry = DirEntryInfo.builder().active(true).abbreviatedNumber("1787896").numberToDial("111111")
                .lastname("LName").description("desc foo").prompt("wellcome.au").build();
        int id = ((CreateDirEntryResponse) call(PortasipJsonApiMethod.create_dir_entry, new CreateDirEntryRequest(entry),
                new PortasipAttachment("wellcome.au", null, AU)).response()).iEntry();
        Wire w = Wire.of(last("DialDirectory", "create_dir_entry"));
        assertThat(w.params().toString()).isEqualTo("{\"dir_entry_info\":{\"active\":\"Y\",\"abbreviated_number\":\"1787896\","
                + "\"number_to_dial\":\"111111\",\"lastname\":\"LName\",\"description\":\"desc foo\",\"prompt\":\"wellcome.au\"}}");
        assertThat(w.files()).hasSize(1);

        GenericResponse updated = (GenericResponse) call(PortasipJsonApiMethod.update_dir_entry,
                Map.of("dir_entry_info", Map.of("i_entry", id, "abbreviated_number", "99", "number_to_dial", "565656",
                        "lastname", "LastName", "description", "desc333"))).response();
        assertThat(updated.properties()).containsEntry("i_entry", id);
        DirEntryInfo read = ((GetDirEntryResponse) call(PortasipJsonApiMethod.get_dir_entry, Map.of("i_entry", id))
                .response()).dirEntryInfo();
        assertThat(read).isEqualTo(new DirEntryInfo(id, true, "99", "565656", "LastName", "desc333", "wellcome.au"));

        GenericResponse info = (GenericResponse) call(PortasipJsonApiMethod.get_dir_info, null).response();
        assertThat((List<?>) info.get("dir_entry_list")).hasSize(1);
        call(PortasipJsonApiMethod.del_dir_entry, Map.of("i_entry", id));
        assertThat(Wire.of(last("DialDirectory", "del_dir_entry")).params().toString()).isEqualTo("{\"i_entry\":" + id + "}");
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_dir_entry, Map.of("i_entry", id)))
                .isInstanceOf(PortasipFaultException.class);
    }

    // ---- faults ---------------------------------------------------------------------------------

    @Test
    void serverFaultsBecomeTypedExceptions() {
        int root = rootMenu();
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.del_menu, Map.of("i_menu", root)))
                .isInstanceOfSatisfying(PortasipFaultException.class, e -> {
                    assertThat(e.getFaultCode()).isEqualTo(PortasipJsonApiBackend.FAULT_INVALID);
                    assertThat(e.getFaultString()).isEqualTo("The ROOT menu cannot be deleted");
                    assertThat(e.getHttpStatus()).isEqualTo(500);
                    assertThat(e.isAuthenticationFault()).isFalse();
                });
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.del_menu, Map.of("i_menu", 9999)))
                .isInstanceOfSatisfying(PortasipFaultException.class,
                        e -> assertThat(e.getFaultCode()).isEqualTo("Server.AutoAttendant.del_menu.not_found"));
        int dd = ((CreateMenuResponse) call(PortasipJsonApiMethod.create_menu,
                Map.of("menu_info", Map.of("name", "DD", "direct_dial_enabled", true))).response()).iMenu();
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.set_menu_transition, Map.of("i_menu", dd,
                "transition_info", Map.of("event", "1", "action", "DirectDial"))))
                .isInstanceOfSatisfying(PortasipFaultException.class,
                        e -> assertThat(e.getFaultString()).contains("DirectDial"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_menu_prompt, Map.of("i_menu", dd, "prompt_type", "menu")))
                .isInstanceOfSatisfying(PortasipFaultException.class,
                        e -> assertThat(e.getFaultCode()).isEqualTo("Server.AutoAttendant.get_menu_prompt.not_found"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.create_menu, Map.of("menu_info", Map.of("name", "DD"))))
                .isInstanceOfSatisfying(PortasipFaultException.class,
                        e -> assertThat(e.getFaultString()).contains("already exists"));
    }

    @Test
    void nonFaultFailuresAndTransportErrors() {
        try (PortasipJsonApiClient wrongPath = new PortasipJsonApiClient(PortasipJsonApiSettings
                .builder(pbx.get().baseUrl() + "/nope").useSession(false).credentials("a", "b", "c").build())) {
            Throwable t = PortasipJsonApiClient.unwrap(wrongPath.call(PortasipJsonApiMethod.get_conf_list, null, null)
                    .handle((r, e) -> e).join());
            assertThat(t).isInstanceOfSatisfying(PortasipFaultException.class, e -> {
                assertThat(e.getHttpStatus()).isEqualTo(404);
                assertThat(e.getFaultCode()).isNull();
                assertThat(e.getMessage()).contains("/nope/rest/Conference/get_conf_list/");
            });
        }
        try (PortasipJsonApiClient refused = new PortasipJsonApiClient(PortasipJsonApiSettings
                .builder("http://127.0.0.1:1").useSession(false).credentials("a", "b", "c")
                .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).build())) {
            Throwable t = PortasipJsonApiClient.unwrap(refused.call(PortasipJsonApiMethod.get_conf_list, null, null)
                    .handle((r, e) -> e).join());
            assertThat(t).isInstanceOf(io.callcontrol.core.error.CallControlConnectionException.class);
        }
    }

    @Test
    void unlistedMethodWithServiceOverride() {
        assertThatThrownBy(() -> client.callUnlisted("AutoAttendant", "get_menu_stats", Map.of("i_menu", 1), null, false)
                .get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(PortasipFaultException.class,
                        e -> assertThat(e.getFaultCode()).isEqualTo(PortasipJsonApiBackend.FAULT_UNKNOWN_METHOD));
        assertThat(last("AutoAttendant", "get_menu_stats").path()).isEqualTo("/rest/AutoAttendant/get_menu_stats/");
        PortasipJsonApiResult r = client.callUnlisted("Session", "ping", null, null, false).join();
        assertThat(r.response()).isEqualTo(new GenericResponse(Map.of("success", 1)));
    }

    // ---- dry run --------------------------------------------------------------------------------

    @Test
    void dryRunSendsAuxInfoAndChangesNothing() {
        PortasipJsonApiResult r = client.call(PortasipJsonApiMethod.create_menu,
                Map.of("menu_info", Map.of("name", "Dry")), null, true).join();
        assertThat(r.dryRun()).isTrue();
        assertThat(r.response()).isEqualTo(new GenericResponse(Map.of("dry_run", 1, "success", 1)));
        Wire w = Wire.of(last("AutoAttendant", "create_menu"));
        assertThat(w.json("aux_info").toString()).isEqualTo("{\"dry_run\":1}");
        assertThat(pbx.get().backend().account(DEFAULT_LOGIN).menuCount()).isEqualTo(1);
        try (PortasipJsonApiClient dry = new PortasipJsonApiClient(settings().dryRun(true).build())) {
            dry.call(PortasipJsonApiMethod.del_conf, Map.of("i_conf", 1), null).handle((x, e) -> null).join();
        }
        assertThat(Wire.of(last("Conference", "del_conf")).json("aux_info").toString()).isEqualTo("{\"dry_run\":1}");
    }

    // ---- input validation before sending --------------------------------------------------------

    @Test
    void invalidPeriodIsRejectedBeforeSendingWithPositionAndReason() {
        int before = pbx.get().wireLog().size();
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.create_menu,
                Map.of("menu_info", Map.of("name", "Night", "period", "wd {Mon-Fri} hr {9am-13pm}"))))
                .isInstanceOfSatisfying(CallControlValidationException.class, e -> {
                    assertThat(e.getParameters()).containsExactly("menu_info.period");
                    assertThat(e.getMessage()).contains("position 21").contains("'13pm' is not a valid hour");
                });
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.update_menu,
                Map.of("menu_info", Map.of("i_menu", 1, "period", "wd {Mon-Fri"))))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getMessage()).contains("missing '}'"));
        assertThat(pbx.get().wireLog().size()).isEqualTo(before);
    }

    @Test
    void badInputIsRejectedBeforeSending() {
        int before = pbx.get().wireLog().size();
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.del_menu, Map.of()))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("i_menu"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_menu_prompt, Map.of("i_menu", 1, "prompt_type", "bogus")))
                .isInstanceOfSatisfying(CallControlValidationException.class, e -> {
                    assertThat(e.getParameters()).containsExactly("prompt_type");
                    assertThat(e.getMessage()).contains("intro, menu, disabled, timeout");
                });
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.create_menu, Map.of("menu_info", Map.of("name", "X", "colour", "red"))))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("menu_info.colour"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.del_menu, Map.of("i_menu", "abc")))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("i_menu"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.set_menu_prompt, Map.of("i_menu", 1, "prompt_type", "intro")))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).contains("prompt", "attachment"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.set_menu_prompt, Map.of("i_menu", 1, "prompt_type", "intro"),
                new PortasipAttachment("bad.au", null, new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0 })))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getMessage()).contains("8-bit G.711 u-law").contains("no .snd magic"));
        byte[] pcm = PortasipAudio.au(new byte[] { 1, 2 });
        pcm[15] = 3; // encoding 3 = 16-bit linear PCM
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.set_conf_prompt, Map.of("i_conf", 1, "prompt_type", "intro"),
                new PortasipAttachment("pcm.au", null, pcm)))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getMessage()).contains("encoding 3"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.set_vm_greeting,
                Map.of("greeting_info", Map.of("greeting_type", "standard")), new PortasipAttachment("s.au", null, AU)))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("greeting_info.greeting_type"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_conf_info, Map.of()))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getMessage()).contains("i_conf or name"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.get_vm_settings, null, new PortasipAttachment("x.au", null, AU)))
                .isInstanceOf(CallControlValidationException.class);
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.set_folder_preferences,
                Map.of("folder_prefs", Map.of("search_memory", 10))))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("folder_prefs.search_memory"));
        assertThatThrownBy(() -> call(PortasipJsonApiMethod.create_menu, "[1,2]"))
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("params"));
        assertThat(pbx.get().wireLog().size()).isEqualTo(before);
    }
}
