package io.callcontrol.camel.ucdialogs.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of the asynchronous commands ({@code NOTIFY}, {@code SEND_DTMF}, {@code SETUP_ASR}, {@code SETUP_RECORD},
 * {@code SETUP_BINDINGS}) and of {@code DELETE}. The document shows only {@code {"dialogid"}} (DELETE); a
 * success means the request was sent on, not that the device acted. Other fields are read when present.
 *
 * @param dialogid   the dialog acted on
 * @param resultText {@code result} when the server sends one
 * @param labels     the dialog's labels after SETUP_BINDINGS, when sent
 * @param text       the summary text of a stopped stenography layer (SETUP_ASR stop with wait), when sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UcDialogsAck(
        @JsonProperty("dialogid") String dialogid,
        @JsonProperty("result") String resultText,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("text") String text) {
}
