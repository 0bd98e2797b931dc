package io.callcontrol.camel.portasip.jsonapi;

import java.util.List;
import java.util.Locale;

import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi;
import io.callcontrol.camel.portasip.jsonapi.model.GenericResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SessionApi;
import io.callcontrol.camel.portasip.jsonapi.model.SmPreferencesApi;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi;

import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiService.AutoAttendant;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiService.Conference;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiService.DialDirectory;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiService.SMPreferences;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiService.Session;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiService.Voicemail;

/**
 * Every method of the PortaSIP media-applications JSON API, by the vendor's own name: its service, its request
 * and response types, where its audio attachment goes (in and out), and which top-level parameters can come from
 * headers/options ("flat" parameters, as dotted paths into {@code params}).
 * <p>
 * Response types are the documented structures; the DialDirectory answers the document does not describe
 * ({@code get_dir_info}, {@code update_dir_entry}, {@code del_dir_entry}) and {@code ping} are
 * {@link GenericResponse}s.
 */
public enum PortasipJsonApiMethod {

    // Session
    login(Session, SessionApi.LoginRequest.class, SessionApi.LoginResponse.class, false, Attach.NONE, null, null,
            List.of(), List.of("login")),
    logout(Session, SessionApi.LogoutRequest.class, SessionApi.LogoutResponse.class, true, Attach.NONE, null, null,
            List.of(), List.of()),
    ping(Session, SessionApi.PingRequest.class, GenericResponse.class, true, Attach.NONE, null, null, List.of(), List.of()),
    refresh_access_token(Session, SessionApi.RefreshAccessTokenRequest.class, SessionApi.LoginResponse.class, false,
            Attach.NONE, null, null, List.of("refresh_token"), List.of("refresh_token")),

    // Voicemail
    get_vm_settings(Voicemail, VoicemailApi.GetVmSettingsRequest.class, VoicemailApi.GetVmSettingsResponse.class),
    set_vm_settings(Voicemail, VoicemailApi.SetVmSettingsRequest.class, VoicemailApi.SetVmSettingsResponse.class, true,
            Attach.NONE, null, null, List.of(), List.of("vm_settings")),
    get_vm_greeting(Voicemail, VoicemailApi.GetVmGreetingRequest.class, VoicemailApi.GetVmGreetingResponse.class, true,
            Attach.NONE, null, "filename", List.of("greeting_type"), List.of("greeting_type")),
    set_vm_greeting(Voicemail, VoicemailApi.SetVmGreetingRequest.class, VoicemailApi.SetVmGreetingResponse.class, true,
            Attach.REQUIRED, "greeting_info.filename", null, List.of("greeting_info.greeting_type", "greeting_info.filename"),
            List.of("greeting_info.greeting_type", "greeting_info.filename")),

    // SMPreferences
    get_folder_preferences(SMPreferences, SmPreferencesApi.GetFolderPreferencesRequest.class,
            SmPreferencesApi.GetFolderPreferencesResponse.class),
    set_folder_preferences(SMPreferences, SmPreferencesApi.SetFolderPreferencesRequest.class,
            SmPreferencesApi.SetFolderPreferencesResponse.class, true, Attach.NONE, null, null, List.of(),
            List.of("folder_prefs")),
    get_display_preferences(SMPreferences, SmPreferencesApi.GetDisplayPreferencesRequest.class,
            SmPreferencesApi.GetDisplayPreferencesResponse.class),
    set_display_preferences(SMPreferences, SmPreferencesApi.SetDisplayPreferencesRequest.class,
            SmPreferencesApi.SetDisplayPreferencesResponse.class, true, Attach.NONE, null, null, List.of(),
            List.of("display_prefs")),

    // AutoAttendant
    get_menu_list(AutoAttendant, AutoAttendantApi.GetMenuListRequest.class, AutoAttendantApi.GetMenuListResponse.class),
    create_menu(AutoAttendant, AutoAttendantApi.CreateMenuRequest.class, AutoAttendantApi.CreateMenuResponse.class, true,
            Attach.NONE, null, null, List.of(), List.of("menu_info", "menu_info.name")),
    update_menu(AutoAttendant, AutoAttendantApi.UpdateMenuRequest.class, AutoAttendantApi.UpdateMenuResponse.class, true,
            Attach.NONE, null, null, List.of(), List.of("menu_info", "menu_info.i_menu")),
    del_menu(AutoAttendant, AutoAttendantApi.DelMenuRequest.class, AutoAttendantApi.DelMenuResponse.class, true,
            Attach.NONE, null, null, List.of("i_menu"), List.of("i_menu")),
    set_menu_prompt(AutoAttendant, AutoAttendantApi.SetMenuPromptRequest.class, AutoAttendantApi.SetMenuPromptResponse.class,
            true, Attach.REQUIRED, "prompt", null, List.of("i_menu", "prompt_type", "prompt"),
            List.of("i_menu", "prompt_type", "prompt")),
    get_menu_prompt(AutoAttendant, AutoAttendantApi.GetMenuPromptRequest.class, AutoAttendantApi.GetMenuPromptResponse.class,
            true, Attach.NONE, null, "prompt", List.of("i_menu", "prompt_type"), List.of("i_menu", "prompt_type")),
    get_menu_transition_list(AutoAttendant, AutoAttendantApi.GetMenuTransitionListRequest.class,
            AutoAttendantApi.GetMenuTransitionListResponse.class, true, Attach.NONE, null, null, List.of("i_menu"),
            List.of("i_menu")),
    set_menu_transition(AutoAttendant, AutoAttendantApi.SetMenuTransitionRequest.class,
            AutoAttendantApi.SetMenuTransitionResponse.class, true, Attach.OPTIONAL, "transition_info.prompt", null,
            List.of("i_menu"), List.of("transition_info", "transition_info.event")),
    del_menu_transition(AutoAttendant, AutoAttendantApi.DelMenuTransitionRequest.class,
            AutoAttendantApi.DelMenuTransitionResponse.class, true, Attach.NONE, null, null,
            List.of("i_menu_transition"), List.of("i_menu_transition")),
    get_menu_transition_prompt(AutoAttendant, AutoAttendantApi.GetMenuTransitionPromptRequest.class,
            AutoAttendantApi.GetMenuTransitionPromptResponse.class, true, Attach.NONE, null, "prompt",
            List.of("i_menu_transition", "i_menu", "event"), List.of()),
    set_menu_transition_prompt(AutoAttendant, AutoAttendantApi.SetMenuTransitionPromptRequest.class,
            AutoAttendantApi.SetMenuTransitionPromptResponse.class, true, Attach.REQUIRED, "prompt", null,
            List.of("i_menu_transition", "prompt"), List.of("i_menu_transition", "prompt")),

    // Conference
    get_conf_info(Conference, ConferenceApi.GetConfInfoRequest.class, ConferenceApi.GetConfInfoResponse.class, true,
            Attach.NONE, null, null, List.of("i_conf", "name"), List.of()),
    get_conf_list(Conference, ConferenceApi.GetConfListRequest.class, ConferenceApi.GetConfListResponse.class),
    create_conf(Conference, ConferenceApi.CreateConfRequest.class, ConferenceApi.CreateConfResponse.class, true,
            Attach.NONE, null, null, List.of(), List.of("conf_info", "conf_info.name")),
    update_conf(Conference, ConferenceApi.UpdateConfRequest.class, ConferenceApi.UpdateConfResponse.class, true,
            Attach.NONE, null, null, List.of(), List.of("conf_info", "conf_info.i_conf")),
    del_conf(Conference, ConferenceApi.DelConfRequest.class, ConferenceApi.DelConfResponse.class, true, Attach.NONE,
            null, null, List.of("i_conf"), List.of("i_conf")),
    set_conf_prompt(Conference, ConferenceApi.SetConfPromptRequest.class, ConferenceApi.SetConfPromptResponse.class,
            true, Attach.REQUIRED, "prompt", null, List.of("i_conf", "prompt_type", "prompt"),
            List.of("i_conf", "prompt_type", "prompt")),
    get_conf_prompt(Conference, ConferenceApi.GetConfPromptRequest.class, ConferenceApi.GetConfPromptResponse.class,
            true, Attach.NONE, null, "prompt", List.of("i_conf", "prompt_type"), List.of("i_conf", "prompt_type")),

    // DialDirectory (Appendix A)
    get_dir_info(DialDirectory, DialDirectoryApi.GetDirInfoRequest.class, GenericResponse.class),
    create_dir_entry(DialDirectory, DialDirectoryApi.CreateDirEntryRequest.class,
            DialDirectoryApi.CreateDirEntryResponse.class, true, Attach.OPTIONAL, "dir_entry_info.prompt", null,
            List.of(), List.of("dir_entry_info")),
    update_dir_entry(DialDirectory, DialDirectoryApi.UpdateDirEntryRequest.class, GenericResponse.class, true, Attach.OPTIONAL,
            "dir_entry_info.prompt", null, List.of(), List.of("dir_entry_info", "dir_entry_info.i_entry")),
    get_dir_entry(DialDirectory, DialDirectoryApi.GetDirEntryRequest.class, DialDirectoryApi.GetDirEntryResponse.class,
            true, Attach.NONE, null, null, List.of("i_entry"), List.of("i_entry")),
    del_dir_entry(DialDirectory, DialDirectoryApi.DelDirEntryRequest.class, GenericResponse.class, true, Attach.NONE, null, null,
            List.of("i_entry"), List.of("i_entry"));

    /** Whether a method takes an audio attachment. */
    public enum Attach {
        /** No attachment. */
        NONE,
        /** The attachment is required (set_*_prompt, set_vm_greeting). */
        REQUIRED,
        /** An attachment may go along (set_menu_transition, create/update_dir_entry). */
        OPTIONAL
    }

    private final PortasipJsonApiService service;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final boolean authenticated;
    private final Attach attachment;
    private final String attachmentRef;
    private final String responseAttachmentRef;
    private final List<String> flatParams;
    private final List<String> requiredParams;

    PortasipJsonApiMethod(PortasipJsonApiService service, Class<?> requestType, Class<?> responseType) {
        this(service, requestType, responseType, true, Attach.NONE, null, null, List.of(), List.of());
    }

    PortasipJsonApiMethod(PortasipJsonApiService service, Class<?> requestType, Class<?> responseType,
                          boolean authenticated, Attach attachment, String attachmentRef, String responseAttachmentRef,
                          List<String> flatParams, List<String> requiredParams) {
        this.service = service;
        this.requestType = requestType;
        this.responseType = responseType;
        this.authenticated = authenticated;
        this.attachment = attachment;
        this.attachmentRef = attachmentRef;
        this.responseAttachmentRef = responseAttachmentRef;
        this.flatParams = flatParams;
        this.requiredParams = requiredParams;
    }

    /** The vendor's method name, as in the URL. */
    public String methodName() {
        return name();
    }

    /** The service the method belongs to. */
    public PortasipJsonApiService service() {
        return service;
    }

    /** The params structure (a record of the model). */
    public Class<?> requestType() {
        return requestType;
    }

    /** The answer structure (a record of the model, or {@link GenericResponse} where the document gives none). */
    public Class<?> responseType() {
        return responseType;
    }

    /** Whether {@code auth_info} (session, token or credentials) goes along; false for login and token refresh. */
    public boolean authenticated() {
        return authenticated;
    }

    /** Whether an audio attachment goes along with the request. */
    public Attach attachment() {
        return attachment;
    }

    /** Dotted path, inside params, of the property that names the request attachment; null when none. */
    public String attachmentRef() {
        return attachmentRef;
    }

    /** Property of the answer naming the returned attachment ({@code filename} / {@code prompt}); null when none. */
    public String responseAttachmentRef() {
        return responseAttachmentRef;
    }

    /** Whether the answer carries an audio attachment. */
    public boolean returnsAttachment() {
        return responseAttachmentRef != null;
    }

    /** Params (dotted paths) that may be given one by one through headers/options. */
    public List<String> flatParams() {
        return flatParams;
    }

    /** Params (dotted paths) that must be present before anything is sent. */
    public List<String> requiredParams() {
        return requiredParams;
    }

    /** The method with this vendor name (case-insensitive), or IllegalArgumentException listing the known ones. */
    public static PortasipJsonApiMethod of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (PortasipJsonApiMethod m : values()) {
                if (m.name().equals(n)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("Unknown PortaSIP JSON API method " + name + "; known: "
                                           + java.util.Arrays.toString(values()));
    }

    /** The method with this vendor name, or null. */
    public static PortasipJsonApiMethod find(String name) {
        try {
            return of(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
