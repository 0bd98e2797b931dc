package io.callcontrol.core.poll;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.callcontrol.core.poll.SnapshotTracker.ChangeType.APPEARED;
import static io.callcontrol.core.poll.SnapshotTracker.ChangeType.CHANGED;
import static io.callcontrol.core.poll.SnapshotTracker.ChangeType.DISAPPEARED;
import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTrackerTest {

    record Call(String id, String state) {
    }

    @Test
    void eachChangeIsReportedExactlyOnceAcrossPolls() {
        SnapshotTracker<Call> t = new SnapshotTracker<>(Call::id, Call::state);
        assertThat(t.update(List.of(new Call("a", "Alerting"))))
                .extracting(SnapshotTracker.Change::type).containsExactly(APPEARED);
        assertThat(t.update(List.of(new Call("a", "Alerting")))).isEmpty();
        var changes = t.update(List.of(new Call("a", "Active"), new Call("b", "Alerting")));
        assertThat(changes).extracting(SnapshotTracker.Change::type).containsExactly(CHANGED, APPEARED);
        assertThat(changes.get(0).previous().state()).isEqualTo("Alerting");
        assertThat(t.update(List.of(new Call("b", "Alerting"))))
                .extracting(c -> c.type() + ":" + c.key()).containsExactly(DISAPPEARED + ":a");
        assertThat(t.update(List.of(new Call("b", "Alerting")))).isEmpty();
    }
}
