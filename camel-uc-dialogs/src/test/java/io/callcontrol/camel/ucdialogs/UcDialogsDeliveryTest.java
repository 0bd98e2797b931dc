package io.callcontrol.camel.ucdialogs;

import java.util.Map;

import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.Delivery;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery header on a failed exchange: NOT_SENT when nothing listens, REJECTED when the server refuses. */
class UcDialogsDeliveryTest extends UcDialogsTestSupport {

    @Test
    void refusedConnectionIsNotSent() {
        int port = AvailablePortFinder.getNextAvailable();
        Exchange ex = call("uc-dialogs:list?baseUrl=http://127.0.0.1:" + port, null, Map.of());
        assertThat(ex.getException()).isInstanceOf(CallControlException.class);
        assertThat(ex.getMessage().getHeader(UcDialogsConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
    }

    @Test
    void vendorErrorIsRejected() {
        Exchange ex = call("uc-dialogs:delete?dialogId=no-such-dialog", null, Map.of());
        assertThat(ex.getException()).isInstanceOfSatisfying(UcDialogsNotFoundException.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(404));
        assertThat(ex.getMessage().getHeader(UcDialogsConstants.DELIVERY)).isEqualTo(Delivery.REJECTED);
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("DELETE");
    }

    @Test
    void invalidInputIsNotSent() {
        Exchange ex = call("uc-dialogs:originate", null, Map.of());
        assertThat(ex.getMessage().getHeader(UcDialogsConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        assertThat(pbx.get().wireLog().all()).isEmpty();
    }
}
