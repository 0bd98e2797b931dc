package io.callcontrol.camel.sipnative;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.callcontrol.camel.sipnative.api.SipAgentConfig;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vendor-neutral call control straight over SIP (JAIN-SIP RI). One SIP user agent per identity and socket,
 * shared (reference counted) by every endpoint naming it.
 */
@Component("sip-native")
public class SipNativeComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(SipNativeComponent.class);

    @Metadata(description = "Component-level defaults of every option (identity, transport, registration, ...)")
    private SipNativeConfiguration configuration = new SipNativeConfiguration();

    private final Map<String, Shared> agents = new HashMap<>();

    private static final class Shared {
        final SipUserAgent agent;
        final ExecutorService worker;
        final ScheduledExecutorService scheduler;
        int refs;

        Shared(SipUserAgent agent, ExecutorService worker, ScheduledExecutorService scheduler) {
            this.agent = agent;
            this.worker = worker;
            this.scheduler = scheduler;
        }
    }

    public SipNativeComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SipNativeConfiguration conf = configuration != null ? configuration.copy() : new SipNativeConfiguration();
        SipNativeEndpoint endpoint = new SipNativeEndpoint(uri, this, conf);
        setProperties(endpoint, parameters);
        if (remaining != null && !remaining.isBlank()) {
            conf.setOperation(getCamelContext().getTypeConverter().mandatoryConvertTo(SipNativeOperation.class, remaining));
        }
        return endpoint;
    }

    /** Gets (starting it if needed) the user agent for these settings; release it with {@link #releaseAgent}. */
    synchronized SipUserAgent acquireAgent(SipNativeConfiguration conf) throws Exception {
        SipAgentConfig ac = conf.toAgentConfig(resolveListenAddress(conf.getListenAddress()));
        Shared shared = agents.get(ac.key());
        if (shared == null) {
            ExecutorService worker = getCamelContext().getExecutorServiceManager()
                    .newThreadPool(this, "SipNative " + ac.identity(), 2, 16);
            ScheduledExecutorService scheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "SipNativeTimer " + ac.identity());
            SipUserAgent agent = new SipUserAgent(ac, worker, scheduler, null);
            try {
                agent.start();
            } catch (Exception e) {
                getCamelContext().getExecutorServiceManager().shutdownNow(worker);
                getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
                throw e;
            }
            shared = new Shared(agent, worker, scheduler);
            agents.put(ac.key(), shared);
        } else if (!shared.agent.config().equals(ac)) {
            LOG.warn("Endpoints share the SIP user agent {} but set different options; the first endpoint's win", ac.key());
        }
        shared.refs++;
        return shared.agent;
    }

    synchronized void releaseAgent(SipUserAgent agent, long graceMillis) {
        String key = agent.config().key();
        Shared shared = agents.get(key);
        if (shared == null || shared.agent != agent) {
            return;
        }
        if (--shared.refs > 0) {
            return;
        }
        agents.remove(key);
        agent.stop(graceMillis);
        getCamelContext().getExecutorServiceManager().shutdownNow(shared.scheduler);
        getCamelContext().getExecutorServiceManager().shutdownGraceful(shared.worker, 1000);
    }

    /** The running user agent with this identity, or null (for tests and health checks). */
    public synchronized SipUserAgent agentFor(String identity) {
        return agents.values().stream().map(s -> s.agent).filter(a -> a.config().identity().equals(identity))
                .findFirst().orElse(null);
    }

    static String resolveListenAddress(String configured) throws Exception {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return InetAddress.getLocalHost().getHostAddress();
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            for (Shared s : agents.values()) {
                s.agent.stop(configuration.getStopGracePeriod());
                getCamelContext().getExecutorServiceManager().shutdownNow(s.scheduler);
                getCamelContext().getExecutorServiceManager().shutdownNow(s.worker);
            }
            agents.clear();
        }
        super.doStop();
    }

    public SipNativeConfiguration getConfiguration() {
        return configuration;
    }

    /** Component-level defaults of every option. */
    public void setConfiguration(SipNativeConfiguration configuration) {
        this.configuration = configuration;
    }
}
