package io.callcontrol.camel.callcontrol;

import java.util.List;

/**
 * The vendor-neutral answer of every producer operation (the message body afterwards).
 *
 * @param vendor          component scheme of the PBX that answered ({@code portsip}, {@code portasip}, ...)
 * @param operation       the neutral operation
 * @param vendorOperation the vendor operation it was mapped to
 * @param callId          the id to address the call with in later operations (originate: the new call's)
 * @param vendorCallId    the vendor's own call id as it answered it (may equal callId, may be null)
 * @param trackingId      the vendor's grouping id of the call's legs (PortaSIP tracking_id, BroadWorks
 *                        externalTrackingId, UC dialogs acallid, ...), may be null
 * @param caller          originate: the caller as requested
 * @param callee          originate: the callee as requested
 * @param outcome         originate: what became of the call (PENDING unless awaitOutcome); null for other operations
 * @param calls           list_calls: the calls; null for other operations
 * @param raw             the vendor's raw answer (its typed response record), unchanged
 */
public record CallControlResult(String vendor, CallControlOperation operation, String vendorOperation, String callId,
                                String vendorCallId, String trackingId, String caller, String callee,
                                CallOutcome outcome, List<CallInfo> calls, Object raw) {

    CallControlResult withOutcome(CallOutcome o) {
        return new CallControlResult(vendor, operation, vendorOperation, callId, vendorCallId, trackingId, caller,
                callee, o, calls, raw);
    }
}
