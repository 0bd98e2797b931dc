package io.callcontrol.examples.board;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Feeds the live call board from the {@code call-events} topic. Every instance of the application shows the whole
 * stream, so each uses its own consumer group ({@code callcontrol.examples.board.group-id}).
 */
@Component
public class CallBoardRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("kafka:{{callcontrol.topics.call-events}}?groupId={{callcontrol.examples.board.group-id}}"
             + "&autoOffsetReset={{callcontrol.examples.board.offset-reset}}")
                .routeId("call-board")
                .unmarshal().json(JsonLibrary.Jackson)
                .bean("callBoard", "onEvent");
    }
}
