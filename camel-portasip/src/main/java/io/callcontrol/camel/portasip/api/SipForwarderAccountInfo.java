package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipForwarderAccountInfo: one account that initiated a forward.
 *
 * @param id           the phone number of the party who initiated the forward
 * @param accountId    the account ID (present in the document's examples)
 * @param displayId    the Display ID provided by the forwarder
 * @param displayName  the display name
 * @param centrexId    the PBX identifier
 * @param extensionId  the extension ID
 * @param huntgroupId  the ID of the hunt group involved in establishing the call
 * @param forwarders   nested forwarders (present, empty, in the document's examples)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipForwarderAccountInfo(
        @JsonProperty("id") String id,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("display_id") String displayId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("centrex_id") String centrexId,
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("huntgroup_id") String huntgroupId,
        @JsonProperty("forwarders") List<SipForwarderAccountInfo> forwarders) {
}
