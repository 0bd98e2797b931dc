package io.callcontrol.camel.sipnative;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/**
 * Dev console of the sip-native component (camel-console): its endpoints and consumers, its health checks with their
 * details (connection state, session, subscriptions, pending requests where the component reports them) and the
 * call control metrics of the component (requests by operation and outcome, events, reconnects, gaps).
 */
@DevConsole(group = "callcontrol", name = "sip-native", displayName = "native SIP", description = "native SIP call control: connections, consumers and metrics")
public class SipNativeDevConsole extends CallControlDevConsole {

    public SipNativeDevConsole() {
        super("sip-native", "native SIP", "native SIP call control: connections, consumers and metrics");
    }
}
