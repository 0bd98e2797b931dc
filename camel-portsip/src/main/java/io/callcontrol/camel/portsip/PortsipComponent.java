package io.callcontrol.camel.portsip;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.callcontrol.camel.portsip.api.PortsipClient;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.tls.TlsSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code portsip:} component: call control on a PortSIP PBX over its REST API, and its webhook events.
 * Component options (PBX address, login, TLS, timeouts, and any request parameter) are the defaults of every
 * endpoint. Endpoints with the same PBX account share one HTTP connection pool and one access token, revoked when
 * the last of them stops.
 */
@Component("portsip")
public class PortsipComponent extends HealthCheckComponent {

    @Metadata(description = "The shared configuration: the default of every endpoint's options.")
    private PortsipConfiguration configuration = new PortsipConfiguration();

    private final Map<List<Object>, Shared> clients = new HashMap<>();

    private static final class Shared {
        final PortsipClient client;
        int users;

        Shared(PortsipClient client) {
            this.client = client;
        }
    }

    public PortsipComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        PortsipOperation operation;
        try {
            operation = PortsipOperation.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown PortSIP operation '" + remaining + "' in " + uri + "; use one of "
                                               + Arrays.stream(PortsipOperation.values()).map(Enum::name)
                                                       .collect(Collectors.joining(", ")));
        }
        PortsipConfiguration conf = configuration.copy();
        conf.setOperation(operation);
        PortsipEndpoint endpoint = new PortsipEndpoint(uri, this, conf);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public PortsipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PortsipConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * The client for the endpoint's PBX account (one per base URL, account, TLS and timeout settings), counted:
     * give it back with {@link #releaseClient(PortsipClient)}.
     */
    synchronized PortsipClient acquireClient(PortsipConfiguration c) {
        List<Object> key = Arrays.asList(c.getBaseUrl(), c.getUsername(), c.getPassword(), c.getLoginDomain(),
                c.getClientId(), c.getScope(), c.getTokenRefreshMargin(), c.getConnectTimeout(), c.getResponseTimeout(),
                c.getTrustStore(), c.getTrustStorePassword(), c.getTrustStoreType(), c.isTrustAllCertificates());
        Shared shared = clients.computeIfAbsent(key, k -> new Shared(new PortsipClient(c.getBaseUrl(),
                new PortsipClient.Account(c.getUsername(), c.getPassword(), c.getLoginDomain(), c.getClientId(),
                        c.getScope()),
                HttpClientSettings.defaults()
                        .withTimeouts(Duration.ofMillis(c.getConnectTimeout()), Duration.ofMillis(c.getResponseTimeout()))
                        .withTls(new TlsSettings(c.getTrustStore(), c.getTrustStorePassword(), c.getTrustStoreType(),
                                c.isTrustAllCertificates())),
                Duration.ofMillis(c.getTokenRefreshMargin()))));
        shared.users++;
        return shared.client;
    }

    /** Gives a client back; the last user revokes its token and closes its connections. */
    void releaseClient(PortsipClient client) {
        PortsipClient toClose = null;
        synchronized (this) {
            for (Map.Entry<List<Object>, Shared> e : clients.entrySet()) {
                if (e.getValue().client == client) {
                    if (--e.getValue().users <= 0) {
                        clients.remove(e.getKey());
                        toClose = client;
                    }
                    break;
                }
            }
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    @Override
    protected void doStop() throws Exception {
        List<Shared> left;
        synchronized (this) {
            left = List.copyOf(clients.values());
            clients.clear();
        }
        left.forEach(s -> s.client.close());
        super.doStop();
    }
}
