package io.callcontrol.core.camel;

import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What every HTTP and WebSocket component of the suite shares as a component: Camel's health-check options and
 * {@code useGlobalSslContextParameters} (an endpoint without {@code sslContextParameters} of its own takes the Camel
 * context's global {@link SSLContextParameters}, as in Apache Camel's own components).
 */
public abstract class CallControlComponentSupport extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "security", defaultValue = "false", description = "Enable usage of global SSL context parameters:"
            + " an endpoint without sslContextParameters of its own takes the Camel context's global ones.")
    private boolean useGlobalSslContextParameters;

    private final java.util.Map<SSLContextParameters, Integer> tlsIds =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * A name for a TLS configuration object, the same for the same object and different for any other (no hash
     * collisions): for keys of connections shared between endpoints, which must never share one across TLS settings.
     */
    protected String tlsIdentity(SSLContextParameters parameters) {
        if (parameters == null) {
            return "none";
        }
        synchronized (tlsIds) {
            return "tls-" + tlsIds.computeIfAbsent(parameters, p -> tlsIds.size() + 1);
        }
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /**
     * The endpoint's own TLS configuration, else the global one when {@code useGlobalSslContextParameters}; bound to
     * this component's Camel context when it has none (its resources and placeholders resolve there).
     */
    protected SSLContextParameters sslContextParameters(SSLContextParameters own) {
        SSLContextParameters p = own != null ? own : useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null;
        if (p != null && p.getCamelContext() == null) {
            p.setCamelContext(getCamelContext());
        }
        return p;
    }
}
