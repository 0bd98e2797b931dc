package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * JoinOnSpotConferenceResponse (the document's example carries it at the top level of the answer, not in result).
 *
 * @param success non-zero when the operation was completed
 * @param call    the unique ID of the originated call
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JoinOnSpotConferenceResponse(
        @JsonProperty("success") Integer success,
        @JsonProperty("call") SipCallIdentifier call) {
}
