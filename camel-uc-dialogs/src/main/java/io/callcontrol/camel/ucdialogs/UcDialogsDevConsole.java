package io.callcontrol.camel.ucdialogs;

import io.callcontrol.core.metrics.CallControlDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/**
 * Dev console of the uc-dialogs component (camel-console): its endpoints and consumers, its health checks with their
 * details (connection state, session, subscriptions, pending requests where the component reports them) and the
 * call control metrics of the component (requests by operation and outcome, events, reconnects, gaps).
 */
@DevConsole(group = "callcontrol", name = "uc-dialogs", displayName = "UC dialogs", description = "UC dialogs call control: connections, consumers and metrics")
public class UcDialogsDevConsole extends CallControlDevConsole {

    public UcDialogsDevConsole() {
        super("uc-dialogs", "UC dialogs", "UC dialogs call control: connections, consumers and metrics");
    }
}
