package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * "Endpoint" of a call: the user's device the call is on.
 *
 * @param addressOfRecord the address of record of the endpoint (e.g. {@code LP_foouser@sip.example.com})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallEndpoint(@JsonProperty("addressOfRecord") String addressOfRecord) {
}
