package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code referconf}: the party opposite to {@code by} is transferred into the conference found through the dialog named by one of the {@code refer*} keys.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferConfRequest(
        @JsonProperty("by") String by,
        @JsonProperty("referdialogid") String referdialogid,
        @JsonProperty("referinviteid") String referinviteid,
        @JsonProperty("refercallid") String refercallid,
        @JsonProperty("referuri") String referuri,
        @JsonProperty("referusername") String referusername,
        @JsonProperty("referdomain") String referdomain,
        @JsonProperty("refersipuserid") String refersipuserid,
        @JsonProperty("refersipuserlogin") String refersipuserlogin,
        @JsonProperty("refersipuserphone") String refersipuserphone,
        @JsonProperty("response_mode") Integer responseMode,
        @JsonProperty("binding") String binding) implements UcDialogsRequest {
}
