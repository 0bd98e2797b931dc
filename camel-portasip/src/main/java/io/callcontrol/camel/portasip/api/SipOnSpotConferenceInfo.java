package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipOnSpotConferenceInfo.
 *
 * @param name      the name of the conference room (max 64 chars)
 * @param ownerId   the ID of the conference room owner's account
 * @param iCustomer the unique ID of the customer record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipOnSpotConferenceInfo(
        @JsonProperty("name") String name,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("i_customer") Long iCustomer) {
}
