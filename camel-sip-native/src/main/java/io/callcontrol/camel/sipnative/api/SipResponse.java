package io.callcontrol.camel.sipnative.api;

import java.util.Map;

/**
 * A final SIP response as the routes see it.
 *
 * @param status     status code
 * @param reason     reason phrase
 * @param headers    the response's headers (name as sent, repeated values joined with {@code ", "})
 * @param body       the body as text, may be null
 * @param raw        the whole response as text
 * @param dialogId   the dialog id (Call-ID) when the request created a dialog the agent now holds, else null
 */
public record SipResponse(int status, String reason, Map<String, String> headers, String body, String raw, String dialogId) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
