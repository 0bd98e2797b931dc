package io.callcontrol.camel.ucdialogs.api;

import java.util.Map;

/**
 * An event received on the Token-API WebSocket: the body of the {@code uc-dialogs:events} consumer.
 *
 * @param subscriptionId id of the subscription that delivered it
 * @param eventClass     event class ({@code callevents}, {@code ccsevents}, {@code ivrevents}, ...)
 * @param type           event type within the class ({@code dlg_call}, {@code dlg_start}, {@code dlg_stop}, ...)
 * @param id             the vendor's unique event id, when sent
 * @param data           every property of the event as sent
 */
public record UcCallEvent(String subscriptionId, String eventClass, String type, String id, Map<String, Object> data) {

    /** A property of the event as text, or null. */
    public String text(String name) {
        Object v = data == null ? null : data.get(name);
        return v == null ? null : String.valueOf(v);
    }
}
