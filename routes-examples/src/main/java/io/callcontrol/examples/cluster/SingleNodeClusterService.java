package io.callcontrol.examples.cluster;

import java.util.List;
import java.util.Optional;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;

/**
 * The cluster service of a single instance: this instance is the only member and leads every namespace from the
 * moment a view starts until it stops. There is no lock file, no timer thread and no coordination service, so the
 * {@code master:} routes' consumers are started on the thread that starts the route -- nothing can wait on anything
 * else, and startup cannot deadlock (Camel 4.14.0's file cluster service could: a lock-order between its view's
 * {@code isLeader} and its leadership events, seen one launch in three).
 * <p>
 * It is the default when no other {@link CamelClusterService} is configured ({@link ClusterAutoConfiguration}). Two
 * instances with it both lead: several instances need a real coordination service (ZooKeeper: the {@code cluster}
 * profile; Kubernetes leases: see the README).
 */
public class SingleNodeClusterService extends AbstractCamelClusterService<SingleNodeClusterService.View> {

    public SingleNodeClusterService(String id) {
        super(id);
    }

    @Override
    protected View createView(String namespace) {
        return new View(this, namespace);
    }

    /** One namespace: led by the local member while the view runs. */
    static final class View extends AbstractCamelClusterView {

        private final CamelClusterMember local = new CamelClusterMember() {
            @Override
            public boolean isLeader() {
                return leading;
            }

            @Override
            public boolean isLocal() {
                return true;
            }

            @Override
            public String getId() {
                return getClusterService().getId();
            }
        };

        private volatile boolean leading;

        View(CamelClusterService service, String namespace) {
            super(service, namespace);
        }

        @Override
        public Optional<CamelClusterMember> getLeader() {
            return leading ? Optional.of(local) : Optional.empty();
        }

        @Override
        public CamelClusterMember getLocalMember() {
            return local;
        }

        @Override
        public List<CamelClusterMember> getMembers() {
            return List.of(local);
        }

        @Override
        protected void doStart() {
            leading = true;
            // the listeners added before the view started learn it now; those added later are told on adding
            fireLeadershipChangedEvent(local);
        }

        @Override
        protected void doStop() {
            leading = false;
            fireLeadershipChangedEvent((CamelClusterMember) null);
        }
    }
}
