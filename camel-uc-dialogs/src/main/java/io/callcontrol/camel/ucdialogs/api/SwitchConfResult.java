package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code SWITCHCONF}: both parties X and Y of the dialog are moved into a conference, each by its own
 * IVR call; the {@code x_} fields describe X's move, the {@code y_} fields Y's.
 *
 * @param dialogid          the converted dialog
 * @param referto           the conference number used (featurecode prefix + room), generated or as requested
 * @param resultText        {@code result} as sent; see {@link #result()}
 * @param confid            id of the conference both parties are sent to
 * @param xIvrcallid        Call-Id of the IVR1 to X call
 * @param xNewAcallid       Call-Id of X's call into the conference
 * @param xNewDialogid      id of X's new dialog with the conference
 * @param xNewLastResponse  last response line on X's side
 * @param yIvrcallid        Call-Id of the IVR2 to Y call
 * @param yNewAcallid       Call-Id of Y's call into the conference
 * @param yNewDialogid      id of Y's new dialog with the conference
 * @param yNewLastResponse  last response line on Y's side
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SwitchConfResult(
        @JsonProperty("dialogid") String dialogid,
        @JsonProperty("referto") String referto,
        @JsonProperty("result") String resultText,
        @JsonProperty("confid") String confid,
        @JsonProperty("x_ivrcallid") String xIvrcallid,
        @JsonProperty("x_new_acallid") String xNewAcallid,
        @JsonProperty("x_new_dialogid") String xNewDialogid,
        @JsonProperty("x_new_last_response") String xNewLastResponse,
        @JsonProperty("y_ivrcallid") String yIvrcallid,
        @JsonProperty("y_new_acallid") String yNewAcallid,
        @JsonProperty("y_new_dialogid") String yNewDialogid,
        @JsonProperty("y_new_last_response") String yNewLastResponse) {

    public UcResultCode result() {
        return UcResultCode.of(resultText);
    }
}
