package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code referreplaces}: the opponent of {@code masterby} in the master dialog is connected to the opponent of {@code slaveby} in the slave dialog, named by one of the {@code slave*} keys (priority: dialogid, inviteid, callid, uri, username (+domain), sipuserid, sipuserlogin, sipuserphone).
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferReplacesRequest(
        @JsonProperty("masterby") String masterby,
        @JsonProperty("slavedialogid") String slavedialogid,
        @JsonProperty("slaveinviteid") String slaveinviteid,
        @JsonProperty("slavecallid") String slavecallid,
        @JsonProperty("slaveuri") String slaveuri,
        @JsonProperty("slaveusername") String slaveusername,
        @JsonProperty("slavedomain") String slavedomain,
        @JsonProperty("slavesipuserid") String slavesipuserid,
        @JsonProperty("slavesipuserlogin") String slavesipuserlogin,
        @JsonProperty("slavesipuserphone") String slavesipuserphone,
        @JsonProperty("slaveby") String slaveby,
        @JsonProperty("response_mode") Integer responseMode,
        @JsonProperty("binding") String binding) implements UcDialogsRequest {
}
