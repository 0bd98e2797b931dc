package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One leg ("shoulder") of a dialog.
 *
 * @param side      {@code a} (calling party) or {@code b} (called party)
 * @param callid    Call-Id of the leg (from the INVITE received or sent)
 * @param expirets  call time limit of the leg in milliseconds; null when the vendor sends {@code "undefined"}
 * @param localuri  local URI of the leg ({@code <sip:user@domain>})
 * @param remoteuri remote URI of the leg
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UcDialogLeg(
        @JsonProperty("side") String side,
        @JsonProperty("callid") String callid,
        @JsonProperty("expirets") @JsonDeserialize(using = UndefinedAsNullLongDeserializer.class) Long expirets,
        @JsonProperty("localuri") String localuri,
        @JsonProperty("remoteuri") String remoteuri) {
}
