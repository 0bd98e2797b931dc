package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * EnableApiNotificationsRequest / DisableApiNotificationsRequest (same structure): at least one of
 * i_account, i_customer, i_main_office, i_ivr_an.
 *
 * @param event       the event to (un)subscribe, {@code sip.call_control_notifications}
 * @param iAccount    the unique ID of the account record (an extension)
 * @param iCustomer   the unique ID of the customer record (a PBX environment)
 * @param iMainOffice the unique ID of the main office (customer with office type 3)
 * @param iIvrAn      the unique ID of the access number of a custom IVR application
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionRequest(
        @JsonProperty("event") String event,
        @JsonProperty("i_account") Long iAccount,
        @JsonProperty("i_customer") Long iCustomer,
        @JsonProperty("i_main_office") Long iMainOffice,
        @JsonProperty("i_ivr_an") Long iIvrAn) {

    public static final String CALL_CONTROL_NOTIFICATIONS = "sip.call_control_notifications";

    public static SubscriptionRequest of(Long iAccount, Long iCustomer, Long iMainOffice, Long iIvrAn) {
        return new SubscriptionRequest(CALL_CONTROL_NOTIFICATIONS, iAccount, iCustomer, iMainOffice, iIvrAn);
    }
}
