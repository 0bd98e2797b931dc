package io.callcontrol.camel.portsip;

import io.callcontrol.core.camel.CallControlComponentSupport;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.callcontrol.camel.portsip.api.PortsipClient;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.tls.TlsSettings;
import io.callcontrol.core.ws.ConnectionHealthCheck;
import io.callcontrol.core.ws.ConnectionState;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/**
 * The {@code portsip:} component: call control on a PortSIP PBX over its REST API, and its webhook events.
 * Component options (PBX address, login, TLS, timeouts, and any request parameter) are the defaults of every
 * endpoint. Endpoints with the same PBX account share one HTTP connection pool and one access token, revoked when
 * the last of them stops.
 */
@Component("portsip")
public class PortsipComponent extends CallControlComponentSupport {

    @Metadata(description = "The shared configuration: the default of every endpoint's options.")
    private PortsipConfiguration configuration = new PortsipConfiguration();

    private final Map<List<Object>, Shared> clients = new HashMap<>();

    private static final class Shared {
        final PortsipClient client;
        final HealthCheck health;
        int users;

        Shared(PortsipClient client, HealthCheck health) {
            this.client = client;
            this.health = health;
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
            throw new IllegalArgumentException("Unknown PortSIP operation '" + remaining + "' in " + uri
                                               + "; use one of " + Arrays.stream(PortsipOperation.values()).map(Enum::name)
                                                       .collect(Collectors.joining(", ")));
        }
        PortsipConfiguration conf = configuration.copy();
        conf.setOperation(operation);
        PortsipEndpoint endpoint = new PortsipEndpoint(uri, this, conf);
        setProperties(endpoint, parameters);
        endpoint.getConfiguration().setSslContextParameters(
                sslContextParameters(endpoint.getConfiguration().getSslContextParameters()));
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
                c.getTrustStore(), c.getTrustStorePassword(), c.getTrustStoreType(), c.isTrustAllCertificates(),
                // the TLS configuration object itself (identity): endpoints with different ones never share a client
                c.getSslContextParameters());
        Shared shared = clients.get(key);
        if (shared == null) {
            PortsipClient client = newClient(c, getCamelContext());
            // UP until a login fails; DOWN (with the PBX's error) while the last login/refresh failed
            ConnectionHealthCheck health = new ConnectionHealthCheck(healthCheckId(c.getUsername(), client.baseUrl()),
                    () -> client.lastLoginError() == null ? ConnectionState.CONNECTED : ConnectionState.FAILED,
                    client::lastLoginError);
            health.setEnabled(isHealthCheckProducerEnabled());
            shared = new Shared(client, health);
            clients.put(key, shared);
            HealthCheckRegistry repo = healthRegistry();
            if (repo != null) {
                repo.register(health);
            }
        }
        shared.users++;
        return shared.client;
    }

    private static PortsipClient newClient(PortsipConfiguration c, org.apache.camel.CamelContext context) {
        HttpClientSettings settings = HttpClientSettings.defaults()
                .withTimeouts(Duration.ofMillis(c.getConnectTimeout()), Duration.ofMillis(c.getResponseTimeout()))
                .withTls(new TlsSettings(c.getTrustStore(), c.getTrustStorePassword(), c.getTrustStoreType(),
                        c.isTrustAllCertificates()).withSslContextParameters(c.getSslContextParameters(), context));
        PortsipClient.Account account = new PortsipClient.Account(c.getUsername(), c.getPassword(), c.getLoginDomain(),
                c.getClientId(), c.getScope());
        return new PortsipClient(c.getBaseUrl(), account, settings, Duration.ofMillis(c.getTokenRefreshMargin()));
    }

    /** {@code portsip-admin@pbx.example.com-8887-api}. */
    static String healthCheckId(String username, String baseUrl) {
        return "portsip-" + username + "@"
               + baseUrl.replaceFirst("^[a-z]+://", "").replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** Gives a client back; the last user revokes its token and closes its connections. */
    void releaseClient(PortsipClient client) {
        Shared toClose = null;
        synchronized (this) {
            for (Map.Entry<List<Object>, Shared> e : clients.entrySet()) {
                if (e.getValue().client == client) {
                    if (--e.getValue().users <= 0) {
                        clients.remove(e.getKey());
                        toClose = e.getValue();
                    }
                    break;
                }
            }
        }
        if (toClose != null) {
            close(toClose);
        }
    }

    private void close(Shared shared) {
        HealthCheckRegistry repo = healthRegistry();
        if (repo != null) {
            repo.unregister(shared.health);
        }
        shared.client.close();
    }

    /** The context's health check registry (null without camel-health). */
    HealthCheckRegistry healthRegistry() {
        return getCamelContext() == null ? null : HealthCheckRegistry.get(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        List<Shared> left;
        synchronized (this) {
            left = List.copyOf(clients.values());
            clients.clear();
        }
        left.forEach(this::close);
        super.doStop();
    }
}
