package io.callcontrol.camel.portasip;

import java.time.Instant;

import io.callcontrol.core.ws.ConnectionState;

/**
 * Body of the consumer's connection exchanges: {@code gap} (a reconnect completed; notifications sent while the
 * socket was down are lost -- the consumer reconciles with get_sip_calls_list) and {@code connection} (a state
 * change, with {@code connectionEvents=true}).
 *
 * @param type       {@code gap} or {@code connection}
 * @param state      the connection state
 * @param occurredAt when it happened
 * @param connection the WebSocket URL of the connection
 */
public record PortasipConnectionEvent(String type, ConnectionState state, Instant occurredAt, String connection) {
}
