package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code REFERREPLACES} (connect the opponents of two dialogs: X-Y, X-Z gives Y-Z).
 *
 * @param masterdialogid  the master dialog (as in the URI)
 * @param slavedialogid   the slave dialog (as in the request)
 * @param resultText      {@code result} as sent; see {@link #result()}
 * @param ivrcallid       Call-Id of the automatic IVR to Y call
 * @param newAcallid      Call-Id of the Y to Z call
 * @param newLastResponse response line last received from Z; may be absent
 * @param newDialogid     id of the new Y to Z dialog; may be absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferReplacesResult(
        @JsonProperty("masterdialogid") String masterdialogid,
        @JsonProperty("slavedialogid") String slavedialogid,
        @JsonProperty("result") String resultText,
        @JsonProperty("ivrcallid") String ivrcallid,
        @JsonProperty("new_acallid") String newAcallid,
        @JsonProperty("new_last_response") String newLastResponse,
        @JsonProperty("new_dialogid") String newDialogid) {

    public UcResultCode result() {
        return UcResultCode.of(resultText);
    }
}
