package io.callcontrol.camel.portsip;

import java.time.Instant;

import io.callcontrol.camel.portsip.api.PortsipEvent;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsipEventMapperTest {

    private static PortsipEvent event(String json) {
        return Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), PortsipEvent.class);
    }

    @Test
    void readsTheVendorsCdrExampleIncludingNumbersAsStrings() {
        PortsipEvent e = event("{\"answered_time\":\"1725845648\",\"call_status\":\"answered\",\"callee\":\"5000\","
                               + "\"caller\":\"1888722\",\"direction\":\"in\",\"ended_reason\":\"callee_disconnect\","
                               + "\"ended_time\":\"1725845669\",\"event_type\":\"call_cdr\",\"session_id\":\"885337248273272832\","
                               + "\"start_time\":\"1725845648\",\"status_code\":\"0\",\"talk_duration\":21,"
                               + "\"call_targets\":[{\"status_code\":0,\"callee\":\"102\",\"status\":\"answered\"}]}");
        CallEvent c = PortsipEventMapper.toCallEvent(e);
        assertThat(e.talkDuration()).isEqualTo("21");
        assertThat(e.callTargets().get(0).statusCode()).isEqualTo("0");
        assertThat(c.state()).isEqualTo(CallState.TERMINATED);
        assertThat(c.vendorState()).isEqualTo("answered");
        assertThat(c.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(c.reason()).isEqualTo("callee_disconnect");
        assertThat(c.durationSeconds()).isEqualTo(21);
        assertThat(c.endedAt()).isEqualTo(Instant.ofEpochSecond(1725845669L));
    }

    @Test
    void directionsStatesAndTimes() {
        assertThat(PortsipEventMapper.direction("ext")).isEqualTo(CallDirection.INTERNAL);
        assertThat(PortsipEventMapper.direction("in2out")).isEqualTo(CallDirection.INBOUND);
        assertThat(PortsipEventMapper.direction("OUT")).isEqualTo(CallDirection.OUTBOUND);
        assertThat(PortsipEventMapper.direction("sideways")).isEqualTo(CallDirection.UNKNOWN);
        assertThat(PortsipEventMapper.state("cdr_target_noanswer")).isEqualTo(CallState.TERMINATED);
        assertThat(PortsipEventMapper.state("queue_joined")).isEqualTo(CallState.UNKNOWN);
        assertThat(PortsipEventMapper.time("0")).isNull();
        assertThat(PortsipEventMapper.time("2026-01-05T09:00:00Z")).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
        assertThat(PortsipEventMapper.time("soon")).isNull();
        assertThat(PortsipEventMapper.user("sip:102@192.168.0.18:5066")).isEqualTo("102");
        assertThat(PortsipEventMapper.user("103")).isEqualTo("103");
    }

    @Test
    void theIdIsTheUuidOrStableWithoutOne() {
        assertThat(PortsipEventMapper.eventId(event("{\"event_id\":\"abc\"}"))).isEqualTo("abc");
        String a = PortsipEventMapper.eventId(event("{\"event_type\":\"call_start\",\"session_id\":\"1\",\"time\":\"5\"}"));
        String b = PortsipEventMapper.eventId(event("{\"event_type\":\"call_start\",\"session_id\":\"1\",\"time\":\"5\"}"));
        String c = PortsipEventMapper.eventId(event("{\"event_type\":\"call_start\",\"session_id\":\"2\",\"time\":\"5\"}"));
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
}
