package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * AnswerCallRequest.
 *
 * @param call             the unique IDs of separate parts of the call
 * @param calleeAnswerMode the exact method to use for call answering
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerCallRequest(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("callee_answer_mode") CalleeAnswerMode calleeAnswerMode) {
}
