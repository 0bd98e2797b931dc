package io.callcontrol.camel.sipx;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/**
 * Dev console of the sipx component (camel-console): its endpoints and consumers, its health checks with their
 * details (connection state, session, subscriptions, pending requests where the component reports them) and the
 * call control metrics of the component (requests by operation and outcome, events, reconnects, gaps).
 */
@DevConsole(group = "callcontrol", name = "sipx", displayName = "sipX", description = "sipX call control: connections, consumers and metrics")
public class SipxDevConsole extends CallControlDevConsole {

    public SipxDevConsole() {
        super("sipx", "sipX", "sipX call control: connections, consumers and metrics");
    }
}
