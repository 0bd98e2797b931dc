package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipCallQueueStateInfo: call queue status, sent for the queued and dequeued states.
 *
 * @param iCQueue   the unique ID of the call queue record
 * @param position  the caller's position in the queue
 * @param operators the number of active operators
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipCallQueueStateInfo(
        @JsonProperty("i_c_queue") Long iCQueue,
        @JsonProperty("position") Integer position,
        @JsonProperty("operators") Integer operators) {
}
