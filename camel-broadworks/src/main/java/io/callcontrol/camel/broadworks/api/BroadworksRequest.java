package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The whole request of one producer call, as a message body (the same field names are accepted in a Map body).
 * Any field left null falls back to the endpoint's option; headers override the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadworksRequest(String tenantId, String groupId, String userId, String callId, String phoneNumber,
                                String callingPhoneNumber, String transferCallId, Boolean includeDetails) {
}
