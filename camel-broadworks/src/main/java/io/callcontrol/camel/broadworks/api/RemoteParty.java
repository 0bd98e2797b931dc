package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * "Remote Party" of a call.
 *
 * @param address  the address of the remote party (phone number or SIP URI)
 * @param callType the type of the call: {@code Group} or {@code Unknown} (kept as sent)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteParty(@JsonProperty("address") String address, @JsonProperty("callType") String callType) {

    /** True when the document's "Group" call type (a party of the same group) was sent. */
    public boolean isGroup() {
        return "Group".equalsIgnoreCase(callType);
    }
}
