package io.callcontrol.camel.portasip;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portasip.api.ConferenceInfoNotification;
import io.callcontrol.camel.portasip.api.IvrEvent;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.camel.portasip.api.ParticipantInfoNotification;
import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.api.SipCallType;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortasipNotificationConsumerTest extends PortasipTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iCustomer=30").routeId("pbx").to("mock:pbx");
                from("portasip:call_control_notifications?iIvrAn=7").routeId("ivr").to("mock:ivr");
            }
        };
    }

    private MockEndpoint pbxEvents() {
        return getMockEndpoint("mock:pbx");
    }

    private void subscribed() {
        await("two subscriptions", () -> pbx.get().activeSubscriptions() == 2);
    }

    /** Waits for n exchanges and returns their call infos, as "state/type" strings. */
    private List<SipCallInfo> calls(MockEndpoint mock, int n) {
        await(n + " events on " + mock.getEndpointUri(), () -> mock.getReceivedCounter() >= n);
        return mock.getReceivedExchanges().stream().map(e -> e.getMessage().getBody(SipCallInfo.class)).toList();
    }

    private static List<String> states(List<SipCallInfo> infos) {
        return infos.stream().map(i -> i.state().wire() + "/" + i.type().wire()).toList();
    }

    private Map<String, Object> callHeaders(String id, String tag) {
        Map<String, Object> h = new HashMap<>();
        h.put(PortasipConstants.CALL_ID, id);
        h.put(PortasipConstants.CALL_TAG, tag);
        return h;
    }

    @Test
    void originateDeliversLegAThenLegBWithNormalizedHeaders() {
        subscribed();
        assertThat(lastWire("enable_api_notifications").path("params").toString())
                .isIn("{\"event\":\"sip.call_control_notifications\",\"i_customer\":30}",
                        "{\"event\":\"sip.call_control_notifications\",\"i_ivr_an\":7}");
        OriginateAdvancedCallResponse r = template.requestBodyAndHeaders("portasip:originate_advanced_call?billId=123007",
                null, Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, "123003"),
                OriginateAdvancedCallResponse.class);
        advance(Duration.ofSeconds(10));
        List<SipCallInfo> infos = calls(pbxEvents(), 4);
        // each leg's events in order; the two legs are separate calls, routed in parallel lanes, so they interleave
        List<SipCallInfo> legA = infos.stream().filter(i -> i.type() == SipCallType.OUTGOING).toList();
        List<SipCallInfo> legB = infos.stream().filter(i -> i.type() == SipCallType.INCOMING).toList();
        assertThat(states(legA)).containsExactly("trying/outgoing", "connected/outgoing");
        assertThat(states(legB)).containsExactly("trying/incoming", "connected/incoming");
        assertThat(legA).allSatisfy(i -> assertThat(i.call().id()).isEqualTo(r.call().id()));
        assertThat(legB).allSatisfy(i -> assertThat(i.call().id()).isEqualTo(r.call().id() + "~1o"));
        assertThat(infos).allSatisfy(i -> assertThat(i.trackingId()).isEqualTo(r.trackingId()));
        assertThat(legA.get(1).connectTime()).isNotNull();

        Exchange first = pbxEvents().getReceivedExchanges().stream()
                .filter(e -> e.getMessage().getBody(SipCallInfo.class) == legA.get(0)).findFirst().orElseThrow();
        CallEvent ev = first.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
        assertThat(ev.vendor()).isEqualTo("portasip");
        assertThat(ev.state()).isEqualTo(CallState.TRYING);
        assertThat(ev.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(ev.caller()).isEqualTo("123007");
        assertThat(ev.callee()).isEqualTo("123003");
        assertThat(ev.callId()).isEqualTo(r.call().id());
        assertThat(ev.trackingId()).isEqualTo(r.trackingId());
        assertThat(first.getMessage().getHeader(CallEventHeaders.EVENT_ID)).isEqualTo(ev.eventId());
        assertThat(first.getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE)).isEqualTo("call_info");
        assertThat(first.getMessage().getHeader(PortasipConstants.CALL_TAG)).isEqualTo(legA.get(0).call().tag());
        List<Object> ids = pbxEvents().getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(CallEventHeaders.EVENT_ID)).distinct().toList();
        assertThat(ids).hasSize(4);
    }

    /** Originates to a callee the simulator makes busy / not answer; returns the exchanges of the call's events. */
    private List<Exchange> unansweredCall(String callee, io.callcontrol.sim.portasip.PortasipSimulator.CalleeBehaviour b,
                                          int events) {
        subscribed();
        pbx.get().calleeBehaviour(callee, b).noAnswerTimeout(Duration.ofSeconds(20));
        template.requestBodyAndHeaders("portasip:originate_advanced_call?billId=123007", null,
                Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, callee));
        advance(Duration.ofSeconds(10));
        advance(Duration.ofSeconds(20));
        calls(pbxEvents(), events);
        return pbxEvents().getReceivedExchanges();
    }

    @Test
    void aBusyCalleeEndsBothLegsWithOutcomeBusyAndCause486() {
        List<Exchange> all = unansweredCall("123004", io.callcontrol.sim.portasip.PortasipSimulator.CalleeBehaviour.BUSY, 5);
        // each leg's events in order (the legs are routed in parallel lanes)
        List<String> seen = states(all.stream().map(e -> e.getMessage().getBody(SipCallInfo.class)).toList());
        assertThat(seen.stream().filter(x -> x.endsWith("/outgoing")))
                .containsExactly("trying/outgoing", "connected/outgoing", "terminated/outgoing");
        assertThat(seen.stream().filter(x -> x.endsWith("/incoming"))).containsExactly("trying/incoming", "terminated/incoming");
        List<Exchange> ended = all.stream().filter(e -> e.getMessage().getBody(SipCallInfo.class).state()
                == io.callcontrol.camel.portasip.api.SipCallState.TERMINATED).toList();
        assertThat(ended).hasSize(2);
        for (Exchange e : ended) {
            CallEvent ev = e.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
            assertThat(ev.state()).isEqualTo(CallState.TERMINATED);
            assertThat(ev.outcome()).isEqualTo(io.callcontrol.core.event.CallOutcome.BUSY);
            assertThat(ev.cause()).isEqualTo("486");
            assertThat(e.getMessage().getHeader(CallEventHeaders.OUTCOME)).isEqualTo(io.callcontrol.core.event.CallOutcome.BUSY);
            assertThat(e.getMessage().getHeader(CallEventHeaders.CAUSE)).isEqualTo("486");
            assertThat(e.getMessage().getHeader(PortasipConstants.REASON)).isEqualTo("Busy Here");
        }
        assertThat(all.stream().filter(e -> !ended.contains(e)))
                .allSatisfy(e -> assertThat(e.getMessage().getHeader(CallEventHeaders.OUTCOME)).isNull());
    }

    @Test
    void anUnansweredCalleeEndsWithOutcomeNoAnswerAndCause480() {
        List<Exchange> all = unansweredCall("123006",
                io.callcontrol.sim.portasip.PortasipSimulator.CalleeBehaviour.NO_ANSWER, 6);
        Exchange b = all.stream().filter(e -> e.getMessage().getBody(SipCallInfo.class).type() == SipCallType.INCOMING
                && e.getMessage().getBody(SipCallInfo.class).state()
                == io.callcontrol.camel.portasip.api.SipCallState.TERMINATED).findFirst().orElseThrow();
        assertThat(b.getMessage().getHeader(CallEventHeaders.OUTCOME)).isEqualTo(io.callcontrol.core.event.CallOutcome.NO_ANSWER);
        assertThat(b.getMessage().getHeader(CallEventHeaders.CAUSE)).isEqualTo("480");
        assertThat(b.getMessage().getHeader(PortasipConstants.REASON)).isEqualTo("Temporarily Unavailable");
    }

    @Test
    void answerHoldUnholdTerminate() {
        subscribed();
        String callId = pbx.get().incomingCall("123002", "123007");
        advance(Duration.ofSeconds(1));
        assertThat(states(calls(pbxEvents(), 3))).containsExactly("trying/outgoing", "ringing/outgoing", "ringing/incoming");
        String in = pbx.get().legTag(callId, "incoming");

        template.requestBodyAndHeaders("portasip:answer_call", null, callHeaders(callId, in));
        advance(Duration.ZERO);
        assertThat(states(calls(pbxEvents(), 5)).subList(3, 5)).containsExactly("connected/incoming", "connected/outgoing");

        template.requestBodyAndHeaders("portasip:hold_call", null, callHeaders(callId, in));
        advance(Duration.ZERO);
        assertThat(states(calls(pbxEvents(), 7)).subList(5, 7)).containsExactly("holding/incoming", "held/outgoing");

        template.requestBodyAndHeaders("portasip:unhold_call", null, callHeaders(callId, in));
        advance(Duration.ZERO);
        assertThat(states(calls(pbxEvents(), 9)).subList(7, 9)).containsExactly("connected/incoming", "connected/outgoing");

        template.requestBodyAndHeaders("portasip:terminate_call", null, callHeaders(callId, in));
        advance(Duration.ofSeconds(10));
        List<SipCallInfo> all = calls(pbxEvents(), 11);
        SipCallInfo t = all.get(9);
        assertThat(t.state()).isEqualTo(SipCallState.TERMINATED);
        assertThat(t.reason()).isEqualTo("Call terminated by API");
        assertThat(t.duration()).isNotNull();
        Exchange last = pbxEvents().getReceivedExchanges().get(9);
        assertThat(last.getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.TERMINATED);
        assertThat(last.getMessage().getHeader(CallEventHeaders.REASON)).isEqualTo("Call terminated by API");
    }

    @Test
    void blindTransfer() {
        subscribed();
        String callId = pbx.get().incomingCall("123002", "123007");
        advance(Duration.ofSeconds(1));
        String in = pbx.get().legTag(callId, "incoming");
        template.requestBodyAndHeaders("portasip:answer_call", null, callHeaders(callId, in));
        advance(Duration.ZERO);
        calls(pbxEvents(), 5);
        Map<String, Object> h = callHeaders(callId, in);
        h.put(PortasipConstants.CLD, "123003");
        template.requestBodyAndHeaders("portasip:transfer_call", null, h);
        advance(Duration.ofSeconds(5));
        List<SipCallInfo> after = calls(pbxEvents(), 9).subList(5, 9);
        assertThat(states(after)).containsExactly("terminated/incoming", "trying/incoming", "connected/incoming",
                "connected/outgoing");
        assertThat(after.get(0).reason()).isEqualTo("blind transfer");
        assertThat(after.get(1).callee().id()).isEqualTo("123003");
        assertThat(after.get(1).caller().id()).isEqualTo("123002");
        assertThat(after.get(3).callee().id()).isEqualTo("123003");
        assertThat(after.get(3).transferSuccess()).isEqualTo(1);
    }

    @Test
    void joinCallsForAttendedTransfer() {
        subscribed();
        String a = pbx.get().incomingCall("123002", "123007");
        String b = pbx.get().incomingCall("123007", "123003");
        advance(Duration.ofSeconds(1));
        template.requestBodyAndHeaders("portasip:answer_call", null, callHeaders(a, pbx.get().legTag(a, "incoming")));
        template.requestBodyAndHeaders("portasip:answer_call", null, callHeaders(b, pbx.get().legTag(b, "incoming")));
        advance(Duration.ZERO);
        calls(pbxEvents(), 10);
        // 123007 is the transferor: its incoming leg in call a, its outgoing leg in call b
        Map<String, Object> h = callHeaders(a, pbx.get().legTag(a, "incoming"));
        h.put(PortasipConstants.TO_CALL_ID, b);
        h.put(PortasipConstants.TO_CALL_TAG, pbx.get().legTag(b, "outgoing"));
        template.requestBodyAndHeaders("portasip:join_calls", null, h);
        advance(Duration.ZERO);
        List<SipCallInfo> after = calls(pbxEvents(), 14).subList(10, 14);
        // order is kept per call, not across calls (the legs of different calls are routed in parallel)
        assertThat(states(after)).containsExactlyInAnyOrder("terminated/incoming", "terminated/outgoing",
                "connected/outgoing", "connected/incoming");
        SipCallInfo callerSide = after.stream().filter(i -> "connected/outgoing".equals(states(List.of(i)).get(0)))
                .findFirst().orElseThrow();
        SipCallInfo calleeSide = after.stream().filter(i -> "connected/incoming".equals(states(List.of(i)).get(0)))
                .findFirst().orElseThrow();
        assertThat(callerSide.caller().id()).isEqualTo("123002");
        assertThat(callerSide.callee().id()).isEqualTo("123003");
        assertThat(callerSide.previousTrackingId()).isNotNull().isNotEqualTo(callerSide.trackingId());
        assertThat(calleeSide.trackingId()).isEqualTo(callerSide.trackingId());
    }

    @Test
    void queuedAndDequeued() {
        subscribed();
        String callId = pbx.get().queueCall("123002", 25, 3, 2);
        advance(Duration.ZERO);
        pbx.get().dequeueCall(callId);
        advance(Duration.ZERO);
        List<SipCallInfo> infos = calls(pbxEvents(), 2);
        assertThat(infos.get(0).state()).isEqualTo(SipCallState.QUEUED);
        assertThat(infos.get(0).queueInfo().iCQueue()).isEqualTo(25L);
        assertThat(infos.get(0).queueInfo().position()).isEqualTo(3);
        assertThat(infos.get(0).queueInfo().operators()).isEqualTo(2);
        assertThat(infos.get(1).state()).isEqualTo(SipCallState.DEQUEUED);
        assertThat(infos.get(1).queueInfo().position()).isZero();
        assertThat(pbxEvents().getReceivedExchanges().get(0).getMessage().getHeader(CallEventHeaders.STATE))
                .isEqualTo(CallState.QUEUED);
    }

    @Test
    void ivrPromptCompletionAndDtmfDigits() {
        subscribed();
        MockEndpoint ivr = getMockEndpoint("mock:ivr");
        String callId = pbx.get().ivrCall("123002", "4567890");
        advance(Duration.ZERO);
        assertThat(calls(ivr, 1).get(0).callee().accessNumber()).isEqualTo("4567890");
        String tag = pbx.get().legTag(callId, "incoming");
        template.requestBodyAndHeaders("portasip:ring_call", null, callHeaders(callId, tag));
        advance(Duration.ZERO);
        template.requestBodyAndHeaders("portasip:progress_call", null, callHeaders(callId, tag));
        advance(Duration.ZERO);
        template.requestBodyAndHeaders("portasip:answer_call", null, callHeaders(callId, tag));
        advance(Duration.ZERO);
        assertThat(states(calls(ivr, 4))).containsExactly("trying/incoming", "ringing/incoming", "early/incoming",
                "connected/incoming");

        Map<String, Object> h = callHeaders(callId, tag);
        h.put(PortasipConstants.PROMPT_URL, "http://prompts/welcome");
        template.requestBodyAndHeaders("portasip:play_prompt", null, h);
        template.requestBodyAndHeaders("portasip:start_dtmf_detect", null, callHeaders(callId, tag));
        pbx.get().pressDigits(callId, "1#1");
        advance(Duration.ofSeconds(3));
        List<SipCallInfo> ivrEvents = calls(ivr, 8).subList(4, 8);
        assertThat(ivrEvents).extracting(SipCallInfo::event).containsExactly(IvrEvent.DTMF_DIGIT_DETECTED,
                IvrEvent.DTMF_DIGIT_DETECTED, IvrEvent.DTMF_DIGIT_DETECTED, IvrEvent.PLAY_PROMPT_COMPLETED);
        assertThat(ivrEvents).extracting(SipCallInfo::digit).containsExactly("1", "#", "1", null);
        // the same digit twice is two events: two event ids
        assertThat(ivr.getReceivedExchanges().get(4).getMessage().getHeader(CallEventHeaders.EVENT_ID))
                .isNotEqualTo(ivr.getReceivedExchanges().get(6).getMessage().getHeader(CallEventHeaders.EVENT_ID));
        assertThat(ivrEvents.get(0).dtmfDuration()).isEqualTo(220);
        assertThat(ivrEvents.get(3).order()).isEqualTo(2);
        Exchange dtmf = ivr.getReceivedExchanges().get(4);
        assertThat(dtmf.getMessage().getHeader(PortasipConstants.IVR_EVENT)).isEqualTo("dtmf_digit_detected");
        assertThat(dtmf.getMessage().getHeader(PortasipConstants.DIGIT)).isEqualTo("1");
        assertThat(dtmf.getMessage().getHeader(CallEventHeaders.EVENT_TYPE)).isEqualTo("dtmf_digit_detected");

        template.requestBodyAndHeaders("portasip:stop_dtmf_detect", null, callHeaders(callId, tag));
        template.requestBodyAndHeaders("portasip:play_prompt?order=3", null, h);
        template.requestBodyAndHeaders("portasip:stop_play_prompt?order=3", null, callHeaders(callId, tag));
        pbx.get().pressDigits(callId, "5");
        advance(Duration.ofSeconds(5));
        assertThat(ivr.getReceivedCounter()).isEqualTo(8); // no digit after stop, no completion after stop
        // documented: consumers sharing a connection each receive every notification of that connection
        assertThat(pbxEvents().getReceivedCounter()).isEqualTo(8);
    }

    @Test
    void conferenceAndParticipantInfo() {
        subscribed();
        template.requestBodyAndHeaders("portasip:join_on_spot_conference?conferenceName=test&conferenceOwnerId=123011",
                null, Map.of(PortasipConstants.CALLEE_ID, "123019"));
        advance(Duration.ZERO);
        await("2 events", () -> pbxEvents().getReceivedCounter() >= 2);
        ConferenceInfoNotification conf = pbxEvents().getReceivedExchanges().get(0).getMessage()
                .getBody(ConferenceInfoNotification.class);
        assertThat(conf.event()).isEqualTo("ConferenceInfo");
        assertThat(conf.status()).isEqualTo(SipCallState.STARTED);
        assertThat(conf.conferenceName()).isEqualTo("test");
        assertThat(conf.conferenceOwnerId()).isEqualTo("123011");
        assertThat(pbxEvents().getReceivedExchanges().get(0).getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE))
                .isEqualTo("conference_info");
        ParticipantInfoNotification p = pbxEvents().getReceivedExchanges().get(1).getMessage()
                .getBody(ParticipantInfoNotification.class);
        assertThat(p.participantId()).isEqualTo(1);
        assertThat(p.mute()).isFalse();
        assertThat(p.leaveTime()).isNull();

        Map<String, Object> h = new HashMap<>();
        h.put(PortasipConstants.PARTICIPANT_ID, 1);
        template.requestBodyAndHeaders("portasip:delete_on_spot_conference_participant?conferenceName=test&conferenceOwnerId=123011", null, h);
        advance(Duration.ZERO);
        await("4 events", () -> pbxEvents().getReceivedCounter() >= 4);
        ParticipantInfoNotification left = pbxEvents().getReceivedExchanges().get(2).getMessage()
                .getBody(ParticipantInfoNotification.class);
        assertThat(left.leaveTime()).isNotNull();
        assertThat(pbxEvents().getReceivedExchanges().get(2).getMessage().getHeader(CallEventHeaders.STATE))
                .isEqualTo(CallState.TERMINATED);
        ConferenceInfoNotification ended = pbxEvents().getReceivedExchanges().get(3).getMessage()
                .getBody(ConferenceInfoNotification.class);
        assertThat(ended.status()).isEqualTo(SipCallState.TERMINATED);
    }

    @Test
    void stopUnsubscribesAndLeavesNothingRunning() throws Exception {
        subscribed();
        PortasipCallControlConnection connection = component().connections().iterator().next();
        context.getRouteController().stopRoute("ivr");
        await("ivr unsubscribed", () -> pbx.get().activeSubscriptions() == 1);
        assertThat(lastWire("disable_api_notifications").path("params").path("i_ivr_an").asLong()).isEqualTo(7);
        context.getRouteController().stopRoute("pbx");
        assertThat(pbx.get().disableRequestCount()).isEqualTo(2);
        await("socket closed", () -> pbx.get().openConnections() == 0);
        assertThat(component().connections()).isEmpty();
        assertThat(connection.state()).isEqualTo(io.callcontrol.core.ws.ConnectionState.STOPPED);
        assertThat(connection.inFlight()).isZero();
        int connects = pbx.get().connectionCount();
        Thread.sleep(400); // several reconnect intervals (50..200 ms): nothing may reconnect
        assertThat(pbx.get().connectionCount()).isEqualTo(connects);
    }

    @Test
    void consumerNeedsAScope() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("portasip:call_control_notifications").routeId("bad").to("mock:bad");
                }
            });
        });
        assertThat(e).hasStackTraceContaining("iAccount or iCustomer or iMainOffice or iIvrAn");
    }

    @Test
    void suspendStopsDeliveryAndResumeResubscribes() throws Exception {
        subscribed();
        context.getRouteController().suspendRoute("pbx");
        await("unsubscribed", () -> pbx.get().activeSubscriptions() == 1);
        pbx.get().queueCall("123002", 25, 1, 1);
        advance(Duration.ZERO);
        context.getRouteController().resumeRoute("pbx");
        await("resubscribed", () -> pbx.get().activeSubscriptions() == 2);
        assertThat(pbxEvents().getReceivedCounter()).isZero();
        assertThat(SipCallType.INCOMING).isNotNull();
    }

    @Test
    void aRouteCallingBackSynchronouslyDoesNotStallTheConnection() throws Exception {
        subscribed();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iAccount=10002").routeId("sync")
                        .filter(header(PortasipConstants.NOTIFICATION_TYPE).isEqualTo("call_info"))
                        .process(e -> e.getMessage().setBody(template.requestBody(
                                "portasip:get_sip_calls_list?iAccount=10002&requestTimeout=2000", (Object) null)))
                        .to("mock:sync");
            }
        });
        await("subscribed", () -> pbx.get().activeSubscriptions() == 3);
        pbx.get().incomingCall("123002", "123007");
        long start = System.nanoTime();
        advance(Duration.ZERO);
        MockEndpoint sync = getMockEndpoint("mock:sync");
        await("answered inside the route", () -> sync.getReceivedCounter() >= 1);
        assertThat(sync.getReceivedExchanges().get(0).getMessage().getBody())
                .isInstanceOf(io.callcontrol.camel.portasip.api.GetSipCallsListResponse.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        context.getRouteController().stopRoute("sync");
        await("event thread gone", () -> Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive).map(Thread::getName).noneMatch(n -> n.contains("portasip-notifications")
                        && n.contains("sync")) );
    }
}
