package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST} (originate: IVR calls X, then REFERs X to Y). How much is filled depends on when the
 * server answered ({@code response_mode}).
 *
 * @param resultText   {@code result} as sent; see {@link #result()}
 * @param ivrcallid    Call-Id of the automatic IVR to X call (always present)
 * @param acallid      Call-Id of the X to Y call created by the REFER (side a of the target dialog)
 * @param lastResponse response line last received from Y ({@code SIP/2.0 180 Ringing}); may be absent
 * @param dialogid     id of the target X to Y dialog; may be absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OriginateResult(
        @JsonProperty("result") String resultText,
        @JsonProperty("ivrcallid") String ivrcallid,
        @JsonProperty("acallid") String acallid,
        @JsonProperty("last_response") String lastResponse,
        @JsonProperty("dialogid") String dialogid) {

    public UcResultCode result() {
        return UcResultCode.of(resultText);
    }
}
