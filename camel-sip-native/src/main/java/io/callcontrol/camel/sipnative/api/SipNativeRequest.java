package io.callcontrol.camel.sipnative.api;

/**
 * The whole request of a producer operation as the message body (an alternative to headers and a Map body).
 * Fields an operation does not use are null; headers still override them.
 *
 * @param target      target of message, options, hold, talk, transfer, click_to_dial
 * @param firstParty  first party of originate and click_to_dial
 * @param secondParty second party of originate
 * @param dialogId    dialog of transfer, hangup, send_dtmf
 * @param digits      DTMF digits of send_dtmf
 * @param contentType content type of message
 * @param body        text of message
 */
public record SipNativeRequest(String target, String firstParty, String secondParty, String dialogId, String digits,
                               String contentType, String body) {

    public static SipNativeRequest originate(String firstParty, String secondParty) {
        return new SipNativeRequest(null, firstParty, secondParty, null, null, null, null);
    }

    public static SipNativeRequest clickToDial(String firstParty, String target) {
        return new SipNativeRequest(target, firstParty, null, null, null, null, null);
    }

    public static SipNativeRequest transfer(String dialogId, String target) {
        return new SipNativeRequest(target, null, null, dialogId, null, null, null);
    }

    public static SipNativeRequest hangup(String dialogId) {
        return new SipNativeRequest(null, null, null, dialogId, null, null, null);
    }

    public static SipNativeRequest dtmf(String dialogId, String digits) {
        return new SipNativeRequest(null, null, null, dialogId, digits, null, null);
    }

    public static SipNativeRequest message(String target, String contentType, String body) {
        return new SipNativeRequest(target, null, null, null, null, contentType, body);
    }

    public static SipNativeRequest to(String target) {
        return new SipNativeRequest(target, null, null, null, null, null, null);
    }
}
