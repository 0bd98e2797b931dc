package io.callcontrol.camel.broadworks;

import java.time.Duration;

import io.callcontrol.camel.broadworks.api.BroadworksClient;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.tls.TlsSettings;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Control the calls of a BroadWorks user (Click-to-Dial, hold, transfers, recording, retrieve, IMRN) through the
 * APIO call service, and receive call events by polling the user's call list.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = BroadworksConstants.SCHEME, title = "BroadWorks",
             syntax = "broadworks:operation", category = { Category.API }, headersClass = BroadworksConstants.class)
public class BroadworksEndpoint extends ScheduledPollEndpoint {

    /** Default poll delay of the consumer (ms): BroadWorks has no event API here, poll gently. */
    public static final long DEFAULT_POLL_DELAY = 5000;

    @UriParam
    private BroadworksConfiguration configuration;

    private BroadworksClient client;

    public BroadworksEndpoint(String uri, BroadworksComponent component, BroadworksConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        setDelay(DEFAULT_POLL_DELAY);
    }

    @Override
    public Producer createProducer() throws Exception {
        return new BroadworksProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() != BroadworksOperation.calls) {
            throw new IllegalArgumentException("The broadworks consumer is broadworks:calls, not broadworks:"
                    + configuration.getOperation());
        }
        BroadworksConsumer consumer = new BroadworksConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public BroadworksConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BroadworksConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The client of this endpoint's APIO server (created on start). */
    public synchronized BroadworksClient client() {
        if (client == null) {
            if (configuration.getBaseUrl() == null || configuration.getBaseUrl().isBlank()) {
                throw new IllegalArgumentException("broadworks: baseUrl is required");
            }
            HttpClientSettings settings = HttpClientSettings.defaults().withTimeouts(
                    Duration.ofMillis(configuration.getConnectTimeout()),
                    Duration.ofMillis(configuration.getResponseTimeout()))
                    .withTls(TlsSettings.defaults().withSslContextParameters(configuration.getSslContextParameters(),
                            getCamelContext()));
            client = new BroadworksClient(configuration.getBaseUrl(), settings, configuration.getAccessToken(),
                    configuration.getUsername(), configuration.getPassword(), configuration.getLoginPath(),
                    configuration.getRefreshPath());
        }
        return client;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (client != null) {
            client.close();
            client = null;
        }
        super.doStop();
    }
}
