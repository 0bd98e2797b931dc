package io.callcontrol.camel.broadworks;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/**
 * Dev console of the broadworks component (camel-console): its endpoints and consumers, its health checks with their
 * details (connection state, session, subscriptions, pending requests where the component reports them) and the
 * call control metrics of the component (requests by operation and outcome, events, reconnects, gaps).
 */
@DevConsole(group = "callcontrol", name = "broadworks", displayName = "BroadWorks", description = "BroadWorks call control: connections, consumers and metrics")
public class BroadworksDevConsole extends CallControlDevConsole {

    public BroadworksDevConsole() {
        super("broadworks", "BroadWorks", "BroadWorks call control: connections, consumers and metrics");
    }
}
