package io.callcontrol.examples.board;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live call board's state, fed by the {@code call-events} topic: the current calls (per vendor, with their
 * latest state) and the last missed calls. Browsers subscribe with Server-Sent Events and get the whole board on
 * every change.
 */
@Component("callBoard")
public class CallBoard {

    private final Map<String, Map<String, Object>> current = new LinkedHashMap<>();
    private final Deque<Map<String, Object>> missed = new ArrayDeque<>();
    /** Calls seen connected (the end of a call may not say it was answered); the newest few thousand. */
    private final Set<String> connected = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 5000;
        }
    });
    /** Calls that ended (the newest few thousand): a late event of one never brings it back as current. */
    private final Set<String> ended = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 5000;
        }
    });
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final int missedShown;

    public CallBoard(@Value("${callcontrol.examples.board.missed-calls-shown:10}") int missedShown) {
        this.missedShown = missedShown;
    }

    /** One event from {@code call-events} (the JSON map). */
    public void onEvent(Map<String, Object> event) {
        Map<String, Object> snapshot;
        synchronized (this) {
            String key = event.get("vendor") + ":" + event.get("callId");
            if (Boolean.TRUE.equals(event.get("stale"))) {
                return; // older than the call's state (staleEvents=flag): not the call's current state
            }
            if ("CONNECTED".equals(event.get("state")) || event.get("connectedAt") != null
                || "ANSWERED".equals(event.get("outcome"))) {
                connected.add(key);
            }
            if ("TERMINATED".equals(event.get("state"))) {
                current.remove(key);
                ended.add(key);
                if (!connected.contains(key) && missed.stream().noneMatch(m -> key.equals(m.get("key")))) {
                    Map<String, Object> m = new LinkedHashMap<>(event);
                    m.put("key", key);
                    missed.addFirst(m);
                    while (missed.size() > missedShown) {
                        missed.removeLast();
                    }
                }
            } else if (ended.contains(key)) {
                return; // a late event of a call that ended (e.g. an other leg's): no ghost on the board
            } else if (!"UNKNOWN".equals(event.get("state")) || current.containsKey(key)) {
                Map<String, Object> call = current.computeIfAbsent(key, k -> new LinkedHashMap<>());
                String state = "UNKNOWN".equals(event.get("state")) ? (String) call.get("state")
                        : (String) event.get("state");
                call.putAll(event);
                call.put("state", state);
                call.put("key", key);
            }
            snapshot = snapshot();
        }
        for (SseEmitter emitter : emitters) {
            send(emitter, snapshot);
        }
    }

    /** The board as JSON-able map: {@code calls} (list) and {@code missed} (list, newest first). */
    public synchronized Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", new ArrayList<>(current.values().stream().map(LinkedHashMap::new).toList()));
        m.put("missed", new ArrayList<>(missed));
        return m;
    }

    /** A new browser: it gets the board now and on every change. */
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(0L);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, snapshot());
        return emitter;
    }

    private void send(SseEmitter emitter, Map<String, Object> snapshot) {
        try {
            emitter.send(SseEmitter.event().name("board").data(snapshot, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }
}
