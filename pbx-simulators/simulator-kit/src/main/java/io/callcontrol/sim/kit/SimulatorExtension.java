package io.callcontrol.sim.kit;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one simulator for a test class: started before all tests, reset (wire log and
 * vendor state) before each, stopped after all.
 *
 * <pre>
 * &#64;RegisterExtension
 * static SimulatorExtension&lt;PortsipSimulator&gt; pbx = new SimulatorExtension&lt;&gt;(PortsipSimulator::new);
 * ... pbx.get().baseUrl() ... pbx.get().wireLog().last() ...
 * </pre>
 * It must be a static field (registered before {@code CamelTestSupport} creates the context, so routes can use
 * the simulator's URL). Test methods may also take the simulator as a parameter.
 */
public class SimulatorExtension<S extends SimulatorServer>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final Supplier<S> factory;
    private S simulator;

    public SimulatorExtension(Supplier<S> factory) {
        this.factory = factory;
    }

    /** The running simulator (started on first use, so fields initialised before {@code beforeAll} can ask). */
    public synchronized S get() {
        if (simulator == null) {
            simulator = factory.get();
            simulator.start();
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        get();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        get().reset();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        return SimulatorServer.class.isAssignableFrom(pc.getParameter().getType())
                && pc.getParameter().getType().isInstance(get());
    }

    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
        return get();
    }
}
