package io.callcontrol.camel.ucdialogs.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One active B2B dialog as the calls API represents it ({@code GET}, list items). Fields left out by a
 * {@code mask} are null.
 *
 * @param acallid   Call-Id of the initiating side (from the initiating INVITE)
 * @param callids   Call-Ids of every active participant (each side and each called fork has its own)
 * @param dialogid  runtime dialog identifier used in the endpoint URI ({@code rDlg-...}); unique at runtime only
 * @param esgdlg    dialog id of the esg role; non-empty only for external incoming calls from a provider account
 * @param esgcallid Call-Id of the external caller hidden behind the esg role
 * @param inviteid  globally unique id of the call that led to the dialog; present in all callevents CDR events
 * @param status    general state of the dialog as sent ({@code forking}, ...); see {@link #statusCode()}
 * @param legs      the dialog's legs ("shoulders"): exactly one side {@code a} and one or more side {@code b}
 * @param localuri  local URI of the dialog
 * @param remoteuri remote URI of the dialog
 * @param site      site whose servers serve the dialog
 * @param startts   when the initiating INVITE arrived (sent as epoch milliseconds)
 * @param uris      every URI involved in the call
 * @param opts      additional dialog parameters (e.g. {@code referred-by})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UcDialog(
        @JsonProperty("acallid") String acallid,
        @JsonProperty("callids") List<String> callids,
        @JsonProperty("dialogid") String dialogid,
        @JsonProperty("esgdlg") String esgdlg,
        @JsonProperty("esgcallid") String esgcallid,
        @JsonProperty("inviteid") String inviteid,
        @JsonProperty("status") String status,
        @JsonProperty("legs") List<UcDialogLeg> legs,
        @JsonProperty("localuri") String localuri,
        @JsonProperty("remoteuri") String remoteuri,
        @JsonProperty("site") String site,
        @JsonProperty("startts") @JsonDeserialize(using = EpochMillisInstantDeserializer.class) Instant startts,
        @JsonProperty("uris") List<String> uris,
        @JsonProperty("opts") Map<String, Object> opts) {

    /** The general state as an enum ({@link UcDialogStatus#UNKNOWN} for values the suite does not know). */
    public UcDialogStatus statusCode() {
        return UcDialogStatus.of(status);
    }

    /** The leg of side {@code a} (the calling party), or null. */
    public UcDialogLeg legA() {
        return legs == null ? null : legs.stream().filter(l -> "a".equals(l.side())).findFirst().orElse(null);
    }

    /** The legs of side {@code b} (called party / forks). */
    public List<UcDialogLeg> legsB() {
        return legs == null ? List.of() : legs.stream().filter(l -> "b".equals(l.side())).toList();
    }
}
