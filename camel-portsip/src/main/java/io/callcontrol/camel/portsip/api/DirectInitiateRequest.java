package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of {@code GET /api/sessions/directly} (operation {@code initiate_directly}): the extension's own
 * password authenticates the request, no access token.
 *
 * @param extensionNumber the extension whose password authenticates the call
 * @param password        that extension's password (sent in the URL, as the vendor designed it)
 * @param domain          SIP domain of the tenant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectInitiateRequest(
        @JsonProperty("extension_number") String extensionNumber,
        @JsonProperty("password") String password,
        @JsonProperty("caller") String caller,
        @JsonProperty("callee") String callee,
        @JsonProperty("domain") String domain,
        @JsonProperty("send_sdp") Boolean sendSdp,
        @JsonProperty("caller_display_name") String callerDisplayName,
        @JsonProperty("trunk") String trunk,
        @JsonProperty("rewrite_from") String rewriteFrom,
        @JsonProperty("rewrite_pai") String rewritePai,
        @JsonProperty("rewrite_rpi") String rewriteRpi,
        @JsonProperty("user_data") String userData,
        @JsonProperty("additional_header") AdditionalHeader additionalHeader,
        @JsonProperty("header_direction") HeaderDirection headerDirection) {

    @Override
    public String toString() {
        return "DirectInitiateRequest[extension_number=" + extensionNumber + ", caller=" + caller + ", callee="
               + callee + ", domain=" + domain + ", password=***]";
    }
}
