package io.callcontrol.core.poll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns successive polls of "the calls there are now" into changes, each reported exactly once: a call that
 * appeared, a call whose compared value (its state) changed, and a call that disappeared. Used by polling
 * consumers (BroadWorks, sipX) for vendors without an event API. Not thread-safe: one poller owns it.
 *
 * @param <T> the polled item (a call)
 */
public final class SnapshotTracker<T> {

    /** What happened to an item between two polls. */
    public enum ChangeType { APPEARED, CHANGED, DISAPPEARED }

    /** One change: {@code previous} is null for APPEARED, {@code current} is null for DISAPPEARED. */
    public record Change<T>(ChangeType type, String key, T previous, T current) {
    }

    private final Function<T, String> key;
    private final Function<T, ?> compared;
    private Map<String, T> last = new HashMap<>();
    private boolean primed;

    /**
     * @param key      identity of an item (call id)
     * @param compared the part whose change is reported (state, or a tuple of state fields)
     */
    public SnapshotTracker(Function<T, String> key, Function<T, ?> compared) {
        this.key = key;
        this.compared = compared;
    }

    /** Compares this poll with the previous one and returns the changes, in the poll's order (gone items last). */
    public List<Change<T>> update(List<T> polled) {
        Map<String, T> now = new LinkedHashMap<>();
        for (T t : polled) {
            now.put(key.apply(t), t);
        }
        List<Change<T>> changes = new ArrayList<>();
        for (Map.Entry<String, T> e : now.entrySet()) {
            T before = last.get(e.getKey());
            if (before == null) {
                changes.add(new Change<>(ChangeType.APPEARED, e.getKey(), null, e.getValue()));
            } else if (!Objects.equals(compared.apply(before), compared.apply(e.getValue()))) {
                changes.add(new Change<>(ChangeType.CHANGED, e.getKey(), before, e.getValue()));
            }
        }
        for (Map.Entry<String, T> e : last.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new Change<>(ChangeType.DISAPPEARED, e.getKey(), e.getValue(), null));
            }
        }
        last = now;
        primed = true;
        return changes;
    }

    /** Whether at least one poll was seen. */
    public boolean isPrimed() {
        return primed;
    }

    /** The items of the last poll, by key. */
    public Map<String, T> current() {
        return Map.copyOf(last);
    }

    public void reset() {
        last = new HashMap<>();
        primed = false;
    }
}
