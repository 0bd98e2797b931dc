package io.callcontrol.camel.portasip;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/**
 * Dev console of the portasip component (camel-console): its endpoints and consumers, its health checks with their
 * details (connection state, session, subscriptions, pending requests where the component reports them) and the
 * call control metrics of the component (requests by operation and outcome, events, reconnects, gaps).
 */
@DevConsole(group = "callcontrol", name = "portasip", displayName = "PortaSIP", description = "PortaSIP call control: connections, consumers and metrics")
public class PortasipDevConsole extends CallControlDevConsole {

    public PortasipDevConsole() {
        super("portasip", "PortaSIP", "PortaSIP call control: connections, consumers and metrics");
    }
}
