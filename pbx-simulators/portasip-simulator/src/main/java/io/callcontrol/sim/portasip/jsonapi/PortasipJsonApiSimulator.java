package io.callcontrol.sim.portasip.jsonapi;

import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorMain;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.ext.web.Router;

/**
 * A strict simulator of the PortaSIP media-applications JSON API ({@code POST /rest/<Service>/<method>/}):
 * Session, Voicemail, SMPreferences, AutoAttendant, Conference and DialDirectory, with sessions that expire on the
 * {@link SimClock}, the documented {@code 500 {faultcode, faultstring}} faults, stateful menus, transitions,
 * conferences, directory entries and greetings, and MIME attachments stored and returned. The logic is in
 * {@link PortasipJsonApiBackend} so another PortaSIP simulator can mount the same routes.
 * <p>
 * Run by hand: {@code java ... PortasipJsonApiSimulator --port 8443}. The account of the Appendix A sample
 * ({@value PortasipJsonApiBackend#DEFAULT_LOGIN} / {@value PortasipJsonApiBackend#DEFAULT_PASSWORD} /
 * {@value PortasipJsonApiBackend#DEFAULT_DOMAIN}) exists from the start.
 */
public class PortasipJsonApiSimulator extends SimulatorServer {

    private final PortasipJsonApiBackend backend;

    public PortasipJsonApiSimulator(SimClock clock, String host, int port) {
        super(clock, host, port);
        this.backend = new PortasipJsonApiBackend(clock);
    }

    public PortasipJsonApiSimulator() {
        this(SimClock.manual(), "127.0.0.1", 0);
    }

    @Override
    protected void configure(Router router) {
        backend.mount(router, wireLog()::record);
    }

    /** The vendor state and settings (accounts, sessions, expiry, stored objects). */
    public PortasipJsonApiBackend backend() {
        return backend;
    }

    @Override
    public void reset() {
        super.reset();
        backend.reset();
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args, PortasipJsonApiSimulator::new);
    }
}
