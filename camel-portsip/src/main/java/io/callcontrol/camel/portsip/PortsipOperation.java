package io.callcontrol.camel.portsip;

import java.util.List;
import java.util.stream.Stream;

import io.callcontrol.core.camel.producer.Parameter;

import static io.callcontrol.camel.portsip.PortsipParameters.ADDITIONAL_HEADER;
import static io.callcontrol.camel.portsip.PortsipParameters.CALLEE;
import static io.callcontrol.camel.portsip.PortsipParameters.CALLER;
import static io.callcontrol.camel.portsip.PortsipParameters.CALLER_DISPLAY_NAME;
import static io.callcontrol.camel.portsip.PortsipParameters.DOMAIN;
import static io.callcontrol.camel.portsip.PortsipParameters.EXTENSION_NUMBER;
import static io.callcontrol.camel.portsip.PortsipParameters.EXTENSION_PASSWORD;
import static io.callcontrol.camel.portsip.PortsipParameters.HEADER_DIRECTION;
import static io.callcontrol.camel.portsip.PortsipParameters.REFER_TO;
import static io.callcontrol.camel.portsip.PortsipParameters.REFER_TO_1;
import static io.callcontrol.camel.portsip.PortsipParameters.REFER_TO_2;
import static io.callcontrol.camel.portsip.PortsipParameters.REWRITE_FROM;
import static io.callcontrol.camel.portsip.PortsipParameters.REWRITE_PAI;
import static io.callcontrol.camel.portsip.PortsipParameters.REWRITE_RPI;
import static io.callcontrol.camel.portsip.PortsipParameters.SEND_SDP;
import static io.callcontrol.camel.portsip.PortsipParameters.SESSION_1;
import static io.callcontrol.camel.portsip.PortsipParameters.SESSION_2;
import static io.callcontrol.camel.portsip.PortsipParameters.SESSION_ID;
import static io.callcontrol.camel.portsip.PortsipParameters.TRUNK;
import static io.callcontrol.camel.portsip.PortsipParameters.USER_DATA;

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
    private final List<Parameter<PortsipConfiguration>> parameters;

    PortsipOperation(boolean producer, List<Parameter<PortsipConfiguration>> required,
                     List<Parameter<PortsipConfiguration>> optional) {
        this.producer = producer;
        this.parameters = Stream.concat(required.stream().map(Parameter::asRequired), optional.stream()).toList();
    }

    /** Whether this is a request a producer sends (every operation but {@code events}). */
    public boolean isProducer() {
        return producer;
    }

    /** Whether the request needs the OAuth access token (all but {@code initiate_directly}). */
    public boolean needsToken() {
        return producer && this != initiate_directly;
    }

    /** The operation's parameter table: the required parameters, then the optional ones. */
    List<Parameter<PortsipConfiguration>> parameters() {
        return parameters;
    }
}
