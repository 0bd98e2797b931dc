package io.callcontrol.camel.sipx;

import io.callcontrol.core.camel.CallControlComponentSupport;
import java.util.Arrays;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** Third-party call control through the sipX (sipXecs / sipXcom) call controller REST interface. */
@Component(SipxConstants.SCHEME)
public class SipxComponent extends CallControlComponentSupport {

    @Metadata(description = "Component-level configuration shared by every endpoint (each endpoint gets a copy).")
    private SipxConfiguration configuration = new SipxConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SipxConfiguration conf = configuration != null ? configuration.copy() : new SipxConfiguration();
        SipxEndpoint endpoint = new SipxEndpoint(uri, this, conf);
        if (remaining != null && !remaining.isBlank()) {
            try {
                conf.setOperation(SipxOperation.valueOf(remaining));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown sipx operation '" + remaining + "'; use one of "
                        + Arrays.toString(SipxOperation.values()), e);
            }
        }
        setProperties(endpoint, parameters);
        endpoint.getConfiguration().setSslContextParameters(
                sslContextParameters(endpoint.getConfiguration().getSslContextParameters()));
        return endpoint;
    }

    public SipxConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SipxConfiguration configuration) {
        this.configuration = configuration;
    }
}
