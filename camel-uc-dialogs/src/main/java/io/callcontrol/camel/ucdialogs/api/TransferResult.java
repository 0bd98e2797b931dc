package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code REFER} (transfer Y to number Z) and {@code REFERCONF} (transfer Y into a conference).
 *
 * @param dialogid        the dialog that was transferred (as in the URI)
 * @param resultText      {@code result} as sent; see {@link #result()}
 * @param ivrcallid       Call-Id of the automatic IVR to Y call (always present)
 * @param newAcallid      Call-Id of the Y to Z call created by the REFER
 * @param newLastResponse response line last received from Z; may be absent
 * @param newDialogid     id of the new Y to Z dialog; may be absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransferResult(
        @JsonProperty("dialogid") String dialogid,
        @JsonProperty("result") String resultText,
        @JsonProperty("ivrcallid") String ivrcallid,
        @JsonProperty("new_acallid") String newAcallid,
        @JsonProperty("new_last_response") String newLastResponse,
        @JsonProperty("new_dialogid") String newDialogid) {

    public UcResultCode result() {
        return UcResultCode.of(resultText);
    }
}
