package io.callcontrol.camel.sipnative.api;

/**
 * One dialog of a dialog-info NOTIFY, as the body of a {@code sip-native:dialog_events} exchange.
 *
 * @param entity        the monitored user the NOTIFY is about
 * @param version       the document version
 * @param documentState {@code full} or {@code partial}
 * @param dialog        the dialog element
 */
public record DialogEvent(String entity, long version, String documentState, DialogInfo.Dialog dialog) {
}
