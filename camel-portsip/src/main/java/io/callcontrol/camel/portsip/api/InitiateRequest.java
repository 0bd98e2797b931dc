package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /api/sessions} (operation {@code initiate}).
 *
 * @param caller            caller number, an extension or a PSTN number (required)
 * @param callee            callee number, an extension or a PSTN number (required)
 * @param sendSdp           include SDP in the INVITE (required)
 * @param callerDisplayName display name for the caller
 * @param trunk             route the call through this trunk (the call fails if it is not available)
 * @param rewriteFrom       user part of the From header when the call goes to a trunk (outbound caller id)
 * @param rewritePai        user part of the P-Asserted-Identity header when the call goes to a trunk
 * @param rewriteRpi        user part of the Remote-Party-ID header when the call goes to a trunk
 * @param userData          free data stored in the CDR
 * @param additionalHeader  SIP header to add to the INVITE
 * @param headerDirection   which party's INVITE gets the additional header
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InitiateRequest(
        @JsonProperty("caller") String caller,
        @JsonProperty("callee") String callee,
        @JsonProperty("send_sdp") Boolean sendSdp,
        @JsonProperty("caller_display_name") String callerDisplayName,
        @JsonProperty("trunk") String trunk,
        @JsonProperty("rewrite_from") String rewriteFrom,
        @JsonProperty("rewrite_pai") String rewritePai,
        @JsonProperty("rewrite_rpi") String rewriteRpi,
        @JsonProperty("user_data") String userData,
        @JsonProperty("additional_header") AdditionalHeader additionalHeader,
        @JsonProperty("header_direction") HeaderDirection headerDirection) {

    /** The three required fields only. */
    public static InitiateRequest of(String caller, String callee, boolean sendSdp) {
        return new InitiateRequest(caller, callee, sendSdp, null, null, null, null, null, null, null, null);
    }
}
