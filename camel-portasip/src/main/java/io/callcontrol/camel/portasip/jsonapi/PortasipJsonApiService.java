package io.callcontrol.camel.portasip.jsonapi;

/** The PortaSIP media-applications JSON API services: the {@code <service>} of {@code /rest/<service>/<method>/}. */
public enum PortasipJsonApiService {

    /** Establishing and closing the API session. */
    Session,
    /** General voicemail settings and greetings. */
    Voicemail,
    /** Mailbox folder preferences and display options. */
    SMPreferences,
    /** Auto attendant menus, prompts and transitions. */
    AutoAttendant,
    /** Conferences and their prompts. */
    Conference,
    /** Dial-by-name directory entries. */
    DialDirectory
}
