package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The response of every method that only reports completion (AnswerCallResponse, TerminateCallResponse,
 * HoldCallResponse, UnholdCallResponse, TransferCallResponse, JoinCallsResponse, PlayPromptResponse, ...).
 *
 * @param success a non-zero value means that the operation was completed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuccessResponse(
        @JsonProperty("success") Integer success) {

    public boolean isSuccess() {
        return success != null && success != 0;
    }
}
