package io.callcontrol.camel.portsip;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/**
 * Dev console of the portsip component (camel-console): its endpoints and consumers, its health checks with their
 * details (connection state, session, subscriptions, pending requests where the component reports them) and the
 * call control metrics of the component (requests by operation and outcome, events, reconnects, gaps).
 */
@DevConsole(group = "callcontrol", name = "portsip", displayName = "PortSIP", description = "PortSIP call control: connections, consumers and metrics")
public class PortsipDevConsole extends CallControlDevConsole {

    public PortsipDevConsole() {
        super("portsip", "PortSIP", "PortSIP call control: connections, consumers and metrics");
    }
}
