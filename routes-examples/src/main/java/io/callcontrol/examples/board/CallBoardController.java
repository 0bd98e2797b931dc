package io.callcontrol.examples.board;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The call board's data: {@code /board/stream} (Server-Sent Events) and {@code /board/snapshot} (JSON). */
@RestController
public class CallBoardController {

    private final CallBoard board;

    public CallBoardController(CallBoard board) {
        this.board = board;
    }

    @GetMapping(path = "/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream() {
        return board.subscribe();
    }

    @GetMapping(path = "/board/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> snapshot() {
        return board.snapshot();
    }
}
