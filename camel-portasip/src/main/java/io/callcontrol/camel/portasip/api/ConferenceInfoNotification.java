package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The conference_info of a sip.call_control_notifications event (event {@code ConferenceInfo}).
 *
 * @param call              the conference call
 * @param conferenceName    the conference name
 * @param conferenceOwnerId the owner's account ID
 * @param event             {@code ConferenceInfo}
 * @param startTime         when the conference started
 * @param trackingId        the tracking ID
 * @param status            started or terminated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConferenceInfoNotification(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("conference_name") String conferenceName,
        @JsonProperty("conference_owner_id") String conferenceOwnerId,
        @JsonProperty("event") String event,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("tracking_id") String trackingId,
        @JsonProperty("status") SipCallState status) {
}
