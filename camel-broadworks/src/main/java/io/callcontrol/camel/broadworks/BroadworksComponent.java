package io.callcontrol.camel.broadworks;

import io.callcontrol.core.camel.CallControlComponentSupport;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** Call control of BroadWorks users through the Netaxis APIO call service. */
@Component(BroadworksConstants.SCHEME)
public class BroadworksComponent extends CallControlComponentSupport {

    @Metadata(description = "Component-level configuration shared by every endpoint (each endpoint gets a copy).")
    private BroadworksConfiguration configuration = new BroadworksConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BroadworksConfiguration conf = configuration != null ? configuration.copy() : new BroadworksConfiguration();
        BroadworksEndpoint endpoint = new BroadworksEndpoint(uri, this, conf);
        if (remaining != null && !remaining.isBlank()) {
            try {
                conf.setOperation(BroadworksOperation.valueOf(remaining));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown broadworks operation '" + remaining + "'; use one of "
                        + java.util.Arrays.toString(BroadworksOperation.values()), e);
            }
        }
        setProperties(endpoint, parameters);
        endpoint.getConfiguration().setSslContextParameters(
                sslContextParameters(endpoint.getConfiguration().getSslContextParameters()));
        return endpoint;
    }

    public BroadworksConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BroadworksConfiguration configuration) {
        this.configuration = configuration;
    }
}
