package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * GetSipCallsListRequest: calls in progress for an extension, a PBX environment, an office or an IVR access number.
 *
 * @param iAccount    the unique ID of the account record
 * @param iCustomer   the unique ID of the customer record
 * @param iMainOffice the unique ID of the main office
 * @param iIvrAn      the unique ID of the IVR access number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetSipCallsListRequest(
        @JsonProperty("i_account") Long iAccount,
        @JsonProperty("i_customer") Long iCustomer,
        @JsonProperty("i_main_office") Long iMainOffice,
        @JsonProperty("i_ivr_an") Long iIvrAn) {
}
