package io.callcontrol.camel.portsip;

import java.util.function.Function;

import io.callcontrol.camel.portsip.api.AdditionalHeader;
import io.callcontrol.camel.portsip.api.HeaderDirection;

/**
 * Every request parameter of the PortSIP call control API, tying together its name on the wire, the endpoint
 * option and the message header that carry it. Resolution per message: header, then a field of a request body,
 * then the endpoint option (which already defaults to the component's).
 */
enum PortsipParameter {

    SESSION_ID("id", "sessionId", PortsipConstants.SESSION_ID, String.class, PortsipConfiguration::getSessionId),
    EXTENSION_NUMBER("extension_number", "extensionNumber", PortsipConstants.EXTENSION_NUMBER, String.class,
            PortsipConfiguration::getExtensionNumber),
    EXTENSION_PASSWORD("password", "extensionPassword", PortsipConstants.EXTENSION_PASSWORD, String.class,
            PortsipConfiguration::getExtensionPassword),
    CALLER("caller", "caller", PortsipConstants.CALLER, String.class, PortsipConfiguration::getCaller),
    CALLEE("callee", "callee", PortsipConstants.CALLEE, String.class, PortsipConfiguration::getCallee),
    DOMAIN("domain", "domain", PortsipConstants.DOMAIN, String.class, PortsipConfiguration::getDomain),
    SEND_SDP("send_sdp", "sendSdp", PortsipConstants.SEND_SDP, Boolean.class, PortsipConfiguration::getSendSdp),
    CALLER_DISPLAY_NAME("caller_display_name", "callerDisplayName", PortsipConstants.CALLER_DISPLAY_NAME, String.class,
            PortsipConfiguration::getCallerDisplayName),
    TRUNK("trunk", "trunk", PortsipConstants.TRUNK, String.class, PortsipConfiguration::getTrunk),
    REWRITE_FROM("rewrite_from", "rewriteFrom", PortsipConstants.REWRITE_FROM, String.class,
            PortsipConfiguration::getRewriteFrom),
    REWRITE_PAI("rewrite_pai", "rewritePai", PortsipConstants.REWRITE_PAI, String.class,
            PortsipConfiguration::getRewritePai),
    REWRITE_RPI("rewrite_rpi", "rewriteRpi", PortsipConstants.REWRITE_RPI, String.class,
            PortsipConfiguration::getRewriteRpi),
    USER_DATA("user_data", "userData", PortsipConstants.USER_DATA, String.class, PortsipConfiguration::getUserData),
    ADDITIONAL_HEADER("additional_header", "additionalHeader", PortsipConstants.ADDITIONAL_HEADER,
            AdditionalHeader.class, PortsipConfiguration::getAdditionalHeader),
    HEADER_DIRECTION("header_direction", "headerDirection", PortsipConstants.HEADER_DIRECTION, HeaderDirection.class,
            PortsipConfiguration::getHeaderDirection),
    REFER_TO("refer_to", "referTo", PortsipConstants.REFER_TO, String.class, PortsipConfiguration::getReferTo),
    SESSION_1("session_1", "session1", PortsipConstants.SESSION_1, String.class, PortsipConfiguration::getSession1),
    REFER_TO_1("refer_to_1", "referTo1", PortsipConstants.REFER_TO_1, String.class, PortsipConfiguration::getReferTo1),
    SESSION_2("session_2", "session2", PortsipConstants.SESSION_2, String.class, PortsipConfiguration::getSession2),
    REFER_TO_2("refer_to_2", "referTo2", PortsipConstants.REFER_TO_2, String.class, PortsipConfiguration::getReferTo2);

    final String wire;
    final String option;
    final String header;
    final Class<?> type;
    final Function<PortsipConfiguration, Object> fromConfig;

    PortsipParameter(String wire, String option, String header, Class<?> type,
                     Function<PortsipConfiguration, Object> fromConfig) {
        this.wire = wire;
        this.option = option;
        this.header = header;
        this.type = type;
        this.fromConfig = fromConfig;
    }
}
