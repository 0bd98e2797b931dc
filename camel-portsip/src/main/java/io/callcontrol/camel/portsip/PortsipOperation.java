package io.callcontrol.camel.portsip;

import java.util.List;

import static io.callcontrol.camel.portsip.PortsipParameter.ADDITIONAL_HEADER;
import static io.callcontrol.camel.portsip.PortsipParameter.CALLEE;
import static io.callcontrol.camel.portsip.PortsipParameter.CALLER;
import static io.callcontrol.camel.portsip.PortsipParameter.CALLER_DISPLAY_NAME;
import static io.callcontrol.camel.portsip.PortsipParameter.DOMAIN;
import static io.callcontrol.camel.portsip.PortsipParameter.EXTENSION_NUMBER;
import static io.callcontrol.camel.portsip.PortsipParameter.EXTENSION_PASSWORD;
import static io.callcontrol.camel.portsip.PortsipParameter.HEADER_DIRECTION;
import static io.callcontrol.camel.portsip.PortsipParameter.REFER_TO;
import static io.callcontrol.camel.portsip.PortsipParameter.REFER_TO_1;
import static io.callcontrol.camel.portsip.PortsipParameter.REFER_TO_2;
import static io.callcontrol.camel.portsip.PortsipParameter.REWRITE_FROM;
import static io.callcontrol.camel.portsip.PortsipParameter.REWRITE_PAI;
import static io.callcontrol.camel.portsip.PortsipParameter.REWRITE_RPI;
import static io.callcontrol.camel.portsip.PortsipParameter.SEND_SDP;
import static io.callcontrol.camel.portsip.PortsipParameter.SESSION_1;
import static io.callcontrol.camel.portsip.PortsipParameter.SESSION_2;
import static io.callcontrol.camel.portsip.PortsipParameter.SESSION_ID;
import static io.callcontrol.camel.portsip.PortsipParameter.TRUNK;
import static io.callcontrol.camel.portsip.PortsipParameter.USER_DATA;

/**
 * What a {@code portsip:} endpoint does: the vendor's call control operations (their names as in the PortSIP
 * document) for producers, and {@code events} for the webhook consumer.
 */
public enum PortsipOperation {

    /** {@code GET /sessions/directly}: start a call authenticated by the extension's password (no token). */
    initiate_directly(true, List.of(EXTENSION_NUMBER, EXTENSION_PASSWORD, CALLER, CALLEE, DOMAIN, SEND_SDP),
            List.of(CALLER_DISPLAY_NAME, TRUNK, REWRITE_FROM, REWRITE_PAI, REWRITE_RPI, USER_DATA, ADDITIONAL_HEADER,
                    HEADER_DIRECTION)),
    /** {@code POST /sessions}: start a call (access token). */
    initiate(true, List.of(CALLER, CALLEE, SEND_SDP),
            List.of(CALLER_DISPLAY_NAME, TRUNK, REWRITE_FROM, REWRITE_PAI, REWRITE_RPI, USER_DATA, ADDITIONAL_HEADER,
                    HEADER_DIRECTION)),
    /** {@code POST /sessions/{id}/destroy}: hang up a call. */
    destroy(true, List.of(SESSION_ID), List.of()),
    /** {@code POST /sessions/{id}/hold}: hold the extension's call leg (session id 1: its last call). */
    hold(true, List.of(SESSION_ID, EXTENSION_NUMBER), List.of()),
    /** {@code POST /sessions/{id}/unhold}: resume the extension's call leg (session id 1: its last call). */
    unhold(true, List.of(SESSION_ID, EXTENSION_NUMBER), List.of()),
    /** {@code POST /sessions/{id}/refer}: blind transfer of the extension's call to refer_to. */
    refer(true, List.of(SESSION_ID, EXTENSION_NUMBER, REFER_TO), List.of()),
    /** {@code POST /sessions/{id}/attended_refer}: connect the other parties of two calls of the extension. */
    attended_refer(true, List.of(SESSION_ID, EXTENSION_NUMBER), List.of(SESSION_1, REFER_TO_1, SESSION_2, REFER_TO_2)),
    /** {@code GET /sessions}: the active call sessions. */
    list_sessions(true, List.of(), List.of()),
    /** Consumer only: the PBX's webhook events (Event URL). */
    events(false, List.of(), List.of());

    private final boolean producer;
    private final List<PortsipParameter> required;
    private final List<PortsipParameter> optional;

    PortsipOperation(boolean producer, List<PortsipParameter> required, List<PortsipParameter> optional) {
        this.producer = producer;
        this.required = required;
        this.optional = optional;
    }

    /** Whether this is a request a producer sends (every operation but {@code events}). */
    public boolean isProducer() {
        return producer;
    }

    /** Whether the request needs the OAuth access token (all but {@code initiate_directly}). */
    public boolean needsToken() {
        return producer && this != initiate_directly;
    }

    List<PortsipParameter> required() {
        return required;
    }

    List<PortsipParameter> optional() {
        return optional;
    }
}
