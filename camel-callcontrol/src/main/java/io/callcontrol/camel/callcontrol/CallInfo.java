package io.callcontrol.camel.callcontrol;

/**
 * One call of {@code list_calls}, vendor-neutral.
 *
 * @param callId      the id to address the call with (hangup, hold, ...)
 * @param trackingId  the vendor's grouping id (CDR id, tracking id, acallid), may be null
 * @param caller      calling party, as the vendor reports it
 * @param callee      called party
 * @param vendorState the vendor's state string, unchanged
 * @param raw         the vendor's item (its typed record)
 */
public record CallInfo(String callId, String trackingId, String caller, String callee, String vendorState, Object raw) {
}
