package io.callcontrol.camel.callcontrol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A vendor-neutral request: what a route may put in the body (or as a Map with these field names) instead of the
 * {@code CamelCallControl*} headers. Headers override body fields, which override endpoint options.
 *
 * @param caller      originate: the calling party (PortSIP caller, PortaSIP caller_id, UC from, BroadWorks user,
 *                    sipX calling user, sip-native first party)
 * @param callee      originate: the called party
 * @param callId      the call to act on: the call id a previous originate (or an event) answered
 * @param otherCallId attended_transfer: the second call
 * @param target      blind_transfer: where the call goes
 * @param party       the party (extension, user, side) on whose behalf the operation acts, where the vendor needs
 *                    one (PortSIP extension_number, UC dialogs by/side, BroadWorks user id)
 * @param digits      send_dtmf: the digits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallControlRequest(String caller, String callee, String callId, String otherCallId, String target,
                                 String party, String digits) {

    public static CallControlRequest originate(String caller, String callee) {
        return new CallControlRequest(caller, callee, null, null, null, null, null);
    }

    public static CallControlRequest call(String callId) {
        return new CallControlRequest(null, null, callId, null, null, null, null);
    }
}
