package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * TransferCallRequest: blind transfer.
 *
 * @param call       the call party that initiates the transfer (transferor)
 * @param cld        the phone number of the transfer target
 * @param sipHeaders the set of SIP headers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransferCallRequest(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("cld") String cld,
        @JsonProperty("sip_headers") List<SipHeaderInfo> sipHeaders) {
}
