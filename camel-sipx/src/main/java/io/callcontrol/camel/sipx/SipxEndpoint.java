package io.callcontrol.camel.sipx;

import java.time.Duration;

import io.callcontrol.camel.sipx.api.SipxClient;
import io.callcontrol.core.auth.AuthStrategy;
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
 * Start, transfer and follow third-party calls with the sipX call controller: the producer sends call, transfer
 * and status requests; the sipx:status consumer polls one calling/called pair and emits each new status line
 * or dialog state once.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = SipxConstants.SCHEME, title = "sipX", syntax = "sipx:operation",
             category = { Category.API }, headersClass = SipxConstants.class)
public class SipxEndpoint extends ScheduledPollEndpoint {

    /** Default poll delay of the consumer (ms). */
    public static final long DEFAULT_POLL_DELAY = 1000;

    @UriParam
    private SipxConfiguration configuration;

    private SipxClient client;

    public SipxEndpoint(String uri, SipxComponent component, SipxConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        setDelay(DEFAULT_POLL_DELAY);
    }

    @Override
    public Producer createProducer() throws Exception {
        return new SipxProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() != SipxOperation.status) {
            throw new IllegalArgumentException("The sipx consumer is sipx:status, not sipx:" + configuration.getOperation());
        }
        SipxConsumer consumer = new SipxConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public SipxConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SipxConfiguration configuration) {
        this.configuration = configuration;
    }

    public synchronized SipxClient client() {
        if (client == null) {
            if (configuration.getBaseUrl() == null || configuration.getBaseUrl().isBlank()) {
                throw new IllegalArgumentException("sipx: baseUrl is required");
            }
            AuthStrategy auth = switch (configuration.getAuthMethod() == null ? SipxAuthMethod.digest
                    : configuration.getAuthMethod()) {
                case none -> AuthStrategy.none();
                case basic -> AuthStrategy.basic(configuration.getUsername(), configuration.getPassword());
                case digest -> AuthStrategy.digest(configuration.getUsername(), configuration.getPassword());
            };
            HttpClientSettings settings = HttpClientSettings.defaults().withTimeouts(
                    Duration.ofMillis(configuration.getConnectTimeout()),
                    Duration.ofMillis(configuration.getResponseTimeout()))
                    .withTls(TlsSettings.defaults().withSslContextParameters(configuration.getSslContextParameters(),
                            getCamelContext()));
            client = new SipxClient(configuration.getBaseUrl(), settings, auth);
        }
        return client;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getAuthMethod() != SipxAuthMethod.none && configuration.getUsername() == null) {
            throw new IllegalArgumentException("sipx: username is required with authMethod "
                    + configuration.getAuthMethod());
        }
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
