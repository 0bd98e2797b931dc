package io.callcontrol.camel.portasip.jsonapi;

import java.util.Map;

import org.apache.camel.spi.Metadata;

/**
 * Headers read and set by the PortaSIP JSON API methods. Per message, a header overrides the endpoint option of
 * the same parameter and the params given in the body.
 */
public final class PortasipJsonApiHeaders {

    @Metadata(label = "producer", description = "The service of the JSON API method (Session, Voicemail, SMPreferences,"
                                                + " AutoAttendant, Conference, DialDirectory or another one): only needed"
                                                + " for methods the component does not list.",
              javaType = "String")
    public static final String SERVICE = "CamelPortasipService";

    @Metadata(label = "producer", description = "Run the JSON API method in dry-run mode (aux_info.dry_run): the server"
                                                + " only validates the arguments and nothing changes.",
              javaType = "Boolean")
    public static final String DRY_RUN = "CamelPortasipDryRun";

    @Metadata(label = "producer", description = "The params structure of the JSON API method (Map, JSON String or the"
                                                + " request record), for when the body carries the audio attachment.",
              javaType = "Object")
    public static final String PARAMS = "CamelPortasipParams";

    @Metadata(label = "producer", description = "The audio attachment (byte[], File, InputStream or PortasipAttachment)"
                                                + " of set_menu_transition, create_dir_entry and update_dir_entry when the"
                                                + " body carries the params.",
              javaType = "Object")
    public static final String ATTACHMENT = "CamelPortasipAttachment";

    @Metadata(label = "producer", description = "i_menu: the unique ID of the auto attendant menu.", javaType = "Integer")
    public static final String I_MENU = "CamelPortasipIMenu";

    @Metadata(label = "producer", description = "i_menu_transition: the unique ID of the auto attendant menu transition.",
              javaType = "Integer")
    public static final String I_MENU_TRANSITION = "CamelPortasipIMenuTransition";

    @Metadata(label = "producer", description = "event: the auto attendant transition event.", javaType = "String",
              enums = "0,1,2,3,4,5,6,7,8,9,*,#,Timeout,Not Active,f")
    public static final String TRANSITION_EVENT = "CamelPortasipTransitionEvent";

    @Metadata(label = "producer", description = "i_conf: the unique ID of the conference.", javaType = "Integer")
    public static final String I_CONF = "CamelPortasipIConf";

    @Metadata(label = "producer", description = "name: the conference name (get_conf_info by name).", javaType = "String")
    public static final String CONF_NAME = "CamelPortasipConfName";

    @Metadata(label = "producer", description = "i_entry: the unique ID of the dial directory entry.", javaType = "Integer")
    public static final String I_ENTRY = "CamelPortasipIEntry";

    @Metadata(label = "producer", description = "prompt_type: intro, menu, disabled or timeout for menus; intro or moh"
                                                + " for conferences.",
              javaType = "String", enums = "intro,menu,disabled,timeout,moh")
    public static final String PROMPT_TYPE = "CamelPortasipPromptType";

    @Metadata(label = "producer", description = "greeting_type: the voicemail greeting type (set_vm_greeting takes"
                                                + " extended, personal or name).",
              javaType = "String", enums = "standard,extended,personal,name")
    public static final String GREETING_TYPE = "CamelPortasipGreetingType";

    @Metadata(label = "producer", description = "refresh_token of refresh_access_token.", javaType = "String",
              secret = true)
    public static final String REFRESH_TOKEN = "CamelPortasipRefreshToken";

    @Metadata(description = "The file name of the audio attachment: read for uploads (else CamelFileName, else the"
                            + " file's name), set for downloads.",
              javaType = "String")
    public static final String FILE_NAME = "CamelPortasipFileName";

    @Metadata(label = "producer", description = "The MIME type of a downloaded audio attachment (also set as Content-Type).",
              javaType = "String")
    public static final String CONTENT_TYPE = "CamelPortasipContentType";

    @Metadata(label = "producer", description = "The typed answer of a method that returns audio (the body is then the"
                                                + " audio bytes).",
              javaType = "Object")
    public static final String RESPONSE = "CamelPortasipResponse";

    @Metadata(label = "producer", description = "i_audio_file: the ID of the uploaded audio in the CodecConverter"
                                                + " conversion queue.",
              javaType = "Integer")
    public static final String I_AUDIO_FILE = "CamelPortasipIAudioFile";

    /** The flat params (leaf property names) each header fills. */
    static final Map<String, String> FLAT = Map.ofEntries(
            Map.entry("i_menu", I_MENU),
            Map.entry("i_menu_transition", I_MENU_TRANSITION),
            Map.entry("event", TRANSITION_EVENT),
            Map.entry("i_conf", I_CONF),
            Map.entry("name", CONF_NAME),
            Map.entry("i_entry", I_ENTRY),
            Map.entry("prompt_type", PROMPT_TYPE),
            Map.entry("greeting_type", GREETING_TYPE),
            Map.entry("refresh_token", REFRESH_TOKEN),
            Map.entry("prompt", FILE_NAME),
            Map.entry("filename", FILE_NAME));

    private PortasipJsonApiHeaders() {
    }
}
