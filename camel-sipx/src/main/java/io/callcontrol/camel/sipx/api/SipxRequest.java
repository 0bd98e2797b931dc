package io.callcontrol.camel.sipx.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The whole request of one producer call, as a message body (a Map with the same keys works too). Null fields fall
 * back to the endpoint's options; headers override the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipxRequest(String callingUser, String calledUser, String agent, String sipMethod, Integer timeout,
                          String subject, Boolean forwardingAllowed, Integer resultCacheTime, String target) {
}
