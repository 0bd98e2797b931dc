package io.callcontrol.camel.callcontrol;

import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeClassifierTest {

    private static CallEvent.Builder terminated(String reason) {
        return CallEvent.builder("test").eventId("e1").callId("c1").eventType("update").state(CallState.TERMINATED)
                .vendorState("terminated").reason(reason);
    }

    @Test
    void theVendorsOutcomeWinsOverTheWordsOfTheReason() {
        // the words alone would say busy
        CallEvent e = terminated("Busy lamp field").outcome(io.callcontrol.core.event.CallOutcome.REJECTED).build();
        assertThat(OutcomeClassifier.of(e)).isEqualTo(CallOutcome.REJECTED);
        assertThat(OutcomeClassifier.of(terminated(null).outcome(io.callcontrol.core.event.CallOutcome.NO_ANSWER)
                .build())).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(OutcomeClassifier.of(terminated(null).outcome(io.callcontrol.core.event.CallOutcome.CANCELLED)
                .build())).isEqualTo(CallOutcome.NO_ANSWER);
    }

    @Test
    void anUnknownVendorOutcomeFallsBackToReasonAndCause() {
        assertThat(OutcomeClassifier.of(terminated("Temporarily Unavailable").cause("480")
                .outcome(io.callcontrol.core.event.CallOutcome.UNKNOWN).build())).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(OutcomeClassifier.of(terminated("Busy Here").build())).isEqualTo(CallOutcome.BUSY);
        assertThat(OutcomeClassifier.of(terminated("normal").outcome(io.callcontrol.core.event.CallOutcome.UNKNOWN)
                .build())).isEqualTo(CallOutcome.FAILED);
        assertThat(OutcomeClassifier.of(terminated(null).state(CallState.RINGING).build())).isNull();
    }
}
