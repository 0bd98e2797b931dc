package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipCallerInfo: a call party (from the PortaOne-Calling-Party, PortaOne-Redirecting-Party and
 * PortaOne-Called-Party RADIUS attributes).
 *
 * @param accountId     the phone number (PIN) of the party, an account in PortaSwitch
 * @param centrexId     the ID of the PBX (IP Centrex) environment the party belongs to
 * @param displayId     the display number provided by the party (From header)
 * @param displayName   the display name provided by the party (CLN field)
 * @param extensionId   the extension number within the PBX environment
 * @param huntgroupId   the hunt group number on behalf of which the call happened
 * @param id            the phone number of the calling / called party
 * @param forwarderList the list of accounts that initiated the forward
 * @param accessNumber  the IVR access number that receives the call
 * @param name          party name (auto attendant example)
 * @param net           network indicator (auto attendant example)
 * @param ivr           true when the party is an IVR (auto attendant example)
 * @param forwarders    forwarders (auto attendant example)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipCallerInfo(
        @JsonProperty("account_id") String accountId,
        @JsonProperty("centrex_id") String centrexId,
        @JsonProperty("display_id") String displayId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("huntgroup_id") String huntgroupId,
        @JsonProperty("id") String id,
        @JsonProperty("forwarder_list") List<SipForwarderAccountInfo> forwarderList,
        @JsonProperty("access_number") String accessNumber,
        @JsonProperty("name") String name,
        @JsonProperty("net") String net,
        @JsonProperty("ivr") Boolean ivr,
        @JsonProperty("forwarders") List<SipForwarderAccountInfo> forwarders) {

    /** The best number to show for this party: id, else account id, else access number. */
    public String number() {
        if (id != null) {
            return id;
        }
        return accountId != null ? accountId : accessNumber;
    }
}
