package io.callcontrol.camel.ucdialogs;

import io.callcontrol.core.camel.CallControlComponentSupport;
import java.time.Duration;
import java.util.Map;

import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.HttpClientSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/**
 * The {@code uc-dialogs} component: call control on the Incoplax calls REST API (custom HTTP verbs) and call
 * events from its WebSocket Token-API. Component options are the defaults of every endpoint.
 */
@Component(UcDialogsComponent.SCHEME)
public class UcDialogsComponent extends CallControlComponentSupport {

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
        endpoint.getConfiguration().setSslContextParameters(
                sslContextParameters(endpoint.getConfiguration().getSslContextParameters()));
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
        // one HTTP client for the component's endpoints: its TLS configuration is the component's, never another
        // endpoint's
        org.apache.camel.support.jsse.SSLContextParameters tls = sslContextParameters(
                configuration == null ? null : configuration.getSslContextParameters());
        if (conf.getSslContextParameters() != tls) {
            throw new IllegalArgumentException("uc-dialogs: the REST calls of all endpoints share the component's HTTP"
                    + " client: set sslContextParameters on the component, not on an endpoint (it applies to an"
                    + " endpoint's events WebSocket only)");
        }
        if (httpClient == null) {
            httpClient = new CallControlHttpClient(SCHEME, HttpClientSettings.defaults().withTimeouts(
                    Duration.ofMillis(conf.getConnectTimeout()), Duration.ofMillis(conf.getRequestTimeout()))
                    .withTls(io.callcontrol.core.tls.TlsSettings.defaults().withSslContextParameters(tls, getCamelContext())));
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
