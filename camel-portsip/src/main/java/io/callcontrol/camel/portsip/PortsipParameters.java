package io.callcontrol.camel.portsip;

import io.callcontrol.camel.portsip.api.AdditionalHeader;
import io.callcontrol.camel.portsip.api.HeaderDirection;
import io.callcontrol.core.camel.producer.Parameter;

import static io.callcontrol.core.camel.producer.Parameter.Wire.BODY;
import static io.callcontrol.core.camel.producer.Parameter.Wire.PATH;

/**
 * The parameter table of the PortSIP call control API: every request parameter with its endpoint option, message
 * header, type and name on the wire. Resolution per message: header, then a field of a request body, then the
 * endpoint option (which already defaults to the component's); {@link PortsipOperation} says which an operation
 * needs. BODY means the request's fields: the JSON body of the POSTs, the query of {@code GET /sessions/directly}.
 */
final class PortsipParameters {

    static final Parameter<PortsipConfiguration> SESSION_ID = Parameter.of("sessionId",
            PortsipConstants.SESSION_ID, String.class, PortsipConfiguration::getSessionId).on(PATH, "id");
    static final Parameter<PortsipConfiguration> EXTENSION_NUMBER = Parameter.of("extensionNumber",
            PortsipConstants.EXTENSION_NUMBER, String.class, PortsipConfiguration::getExtensionNumber)
            .on(BODY, "extension_number");
    static final Parameter<PortsipConfiguration> EXTENSION_PASSWORD = Parameter.of("extensionPassword",
            PortsipConstants.EXTENSION_PASSWORD, String.class, PortsipConfiguration::getExtensionPassword)
            .on(BODY, "password");
    static final Parameter<PortsipConfiguration> CALLER = Parameter.of("caller",
            PortsipConstants.CALLER, String.class, PortsipConfiguration::getCaller).on(BODY, "caller");
    static final Parameter<PortsipConfiguration> CALLEE = Parameter.of("callee",
            PortsipConstants.CALLEE, String.class, PortsipConfiguration::getCallee).on(BODY, "callee");
    static final Parameter<PortsipConfiguration> DOMAIN = Parameter.of("domain",
            PortsipConstants.DOMAIN, String.class, PortsipConfiguration::getDomain).on(BODY, "domain");
    static final Parameter<PortsipConfiguration> SEND_SDP = Parameter.of("sendSdp",
            PortsipConstants.SEND_SDP, Boolean.class, PortsipConfiguration::getSendSdp).on(BODY, "send_sdp");
    static final Parameter<PortsipConfiguration> CALLER_DISPLAY_NAME = Parameter.of("callerDisplayName",
            PortsipConstants.CALLER_DISPLAY_NAME, String.class, PortsipConfiguration::getCallerDisplayName)
            .on(BODY, "caller_display_name");
    static final Parameter<PortsipConfiguration> TRUNK = Parameter.of("trunk",
            PortsipConstants.TRUNK, String.class, PortsipConfiguration::getTrunk).on(BODY, "trunk");
    static final Parameter<PortsipConfiguration> REWRITE_FROM = Parameter.of("rewriteFrom",
            PortsipConstants.REWRITE_FROM, String.class, PortsipConfiguration::getRewriteFrom).on(BODY, "rewrite_from");
    static final Parameter<PortsipConfiguration> REWRITE_PAI = Parameter.of("rewritePai",
            PortsipConstants.REWRITE_PAI, String.class, PortsipConfiguration::getRewritePai).on(BODY, "rewrite_pai");
    static final Parameter<PortsipConfiguration> REWRITE_RPI = Parameter.of("rewriteRpi",
            PortsipConstants.REWRITE_RPI, String.class, PortsipConfiguration::getRewriteRpi).on(BODY, "rewrite_rpi");
    static final Parameter<PortsipConfiguration> USER_DATA = Parameter.of("userData",
            PortsipConstants.USER_DATA, String.class, PortsipConfiguration::getUserData).on(BODY, "user_data");
    static final Parameter<PortsipConfiguration> ADDITIONAL_HEADER = Parameter.of("additionalHeader",
            PortsipConstants.ADDITIONAL_HEADER, AdditionalHeader.class, PortsipConfiguration::getAdditionalHeader)
            .on(BODY, "additional_header");
    static final Parameter<PortsipConfiguration> HEADER_DIRECTION = Parameter.of("headerDirection",
            PortsipConstants.HEADER_DIRECTION, HeaderDirection.class, PortsipConfiguration::getHeaderDirection)
            .on(BODY, "header_direction");
    static final Parameter<PortsipConfiguration> REFER_TO = Parameter.of("referTo",
            PortsipConstants.REFER_TO, String.class, PortsipConfiguration::getReferTo).on(BODY, "refer_to");
    static final Parameter<PortsipConfiguration> SESSION_1 = Parameter.of("session1",
            PortsipConstants.SESSION_1, String.class, PortsipConfiguration::getSession1).on(BODY, "session_1");
    static final Parameter<PortsipConfiguration> REFER_TO_1 = Parameter.of("referTo1",
            PortsipConstants.REFER_TO_1, String.class, PortsipConfiguration::getReferTo1).on(BODY, "refer_to_1");
    static final Parameter<PortsipConfiguration> SESSION_2 = Parameter.of("session2",
            PortsipConstants.SESSION_2, String.class, PortsipConfiguration::getSession2).on(BODY, "session_2");
    static final Parameter<PortsipConfiguration> REFER_TO_2 = Parameter.of("referTo2",
            PortsipConstants.REFER_TO_2, String.class, PortsipConfiguration::getReferTo2).on(BODY, "refer_to_2");

    private PortsipParameters() {
    }
}
