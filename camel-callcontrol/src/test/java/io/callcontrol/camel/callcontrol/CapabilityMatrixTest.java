package io.callcontrol.camel.callcontrol;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adoc's capability matrix is the one the mapping table renders: change a mapping and this fails until the
 * adoc is rewritten ({@code tools/update-capability-matrix.sh}, i.e. this test with
 * {@code -Dcallcontrol.matrix.update=true}).
 */
class CapabilityMatrixTest {

    static final Path ADOC = Path.of("src/main/docs/callcontrol-component.adoc");

    @Test
    void theAdocMatrixIsRenderedFromTheMappingTable() throws Exception {
        String adoc = Files.readString(ADOC, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("callcontrol.matrix.update")) {
            adoc = CapabilityMatrix.update(adoc);
            Files.writeString(ADOC, adoc, StandardCharsets.UTF_8);
        }
        assertThat(CapabilityMatrix.section(adoc)).as("capability matrix of " + ADOC
                + " (rewrite it with tools/update-capability-matrix.sh)").isEqualTo(CapabilityMatrix.render());
    }

    @Test
    void everyVendorMapsOriginateAndEveryMappingNamesAVendorOperation() {
        for (VendorMappings.Vendor v : VendorMappings.vendors()) {
            assertThat(v.mapping(CallControlOperation.originate)).as(v.name() + " originate").isNotNull();
            assertThat(v.mapping(CallControlOperation.events)).as(v.name() + " events is a consumer").isNull();
            v.operations().values().forEach(m -> assertThat(m.vendorOperation()).isNotBlank());
        }
        assertThat(CapabilityMatrix.render()).contains("| `send_dtmf` | -- | -- | `send_dtmf` | -- | -- | `send_dtmf`");
    }

    @Test
    void outcomeClassification() {
        assertThat(OutcomeClassifier.ofTermination("cdr_target_fail", "cdr_target_fail", "486")).isEqualTo(CallOutcome.BUSY);
        assertThat(OutcomeClassifier.ofTermination("cdr_target_noanswer", null, "480")).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(OutcomeClassifier.ofTermination("dialog", "terminated", "rejected 603")).isEqualTo(CallOutcome.REJECTED);
        assertThat(OutcomeClassifier.ofTermination("SIP/2.0 487 Request Terminated")).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(OutcomeClassifier.ofTermination("call_released", "Released", null)).isEqualTo(CallOutcome.FAILED);
        assertThat(OutcomeClassifier.ofSipStatus(200)).isEqualTo(CallOutcome.ANSWERED);
        assertThat(OutcomeClassifier.ofSipStatus(600)).isEqualTo(CallOutcome.BUSY);
        assertThat(OutcomeClassifier.ofSipStatus(503)).isEqualTo(CallOutcome.FAILED);
        assertThat(OutcomeClassifier.ofSipStatus(180)).isNull();
    }
}
