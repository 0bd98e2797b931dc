package io.callcontrol.camel.ucdialogs;

import java.time.Duration;
import java.util.Map;

import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.HttpClientSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code uc-dialogs} component: call control on the Incoplax calls REST API (custom HTTP verbs) and call
 * events from its WebSocket Token-API. Component options are the defaults of every endpoint.
 */
@Component(UcDialogsComponent.SCHEME)
public class UcDialogsComponent extends HealthCheckComponent {

    public static final String SCHEME = "uc-dialogs";

    @Metadata(description = "Shared configuration: the defaults of every endpoint")
    private UcDialogsConfiguration configuration = new UcDialogsConfiguration();

    private CallControlHttpClient httpClient;

    public UcDialogsComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        UcDialogsConfiguration conf = configuration != null ? configuration.copy() : new UcDialogsConfiguration();
        UcDialogsEndpoint endpoint = new UcDialogsEndpoint(uri, this, conf);
        endpoint.setOperation(remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public UcDialogsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(UcDialogsConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The HTTP client shared by this component's endpoints (created on first use, closed when the component stops). */
    synchronized CallControlHttpClient httpClient(UcDialogsConfiguration conf) {
        if (httpClient == null) {
            httpClient = new CallControlHttpClient(SCHEME, HttpClientSettings.defaults().withTimeouts(
                    Duration.ofMillis(conf.getConnectTimeout()), Duration.ofMillis(conf.getRequestTimeout())));
        }
        return httpClient;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        CallControlHttpClient c;
        synchronized (this) {
            c = httpClient;
            httpClient = null;
        }
        if (c != null) {
            c.close();
        }
    }
}
