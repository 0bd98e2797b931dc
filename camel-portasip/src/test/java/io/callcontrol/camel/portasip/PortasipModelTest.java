package io.callcontrol.camel.portasip;

import java.util.List;

import io.callcontrol.camel.portasip.api.CallControlNotification;
import io.callcontrol.camel.portasip.api.CalleeAnswerMode;
import io.callcontrol.camel.portasip.api.GetOnSpotConferenceListResponse;
import io.callcontrol.camel.portasip.api.IvrEvent;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallRequest;
import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.api.SipCallType;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceParticipantInfo;
import io.callcontrol.core.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire model reads the vendor document's own examples and writes what the document shows. */
class PortasipModelTest {

    @Test
    void terminatedNotificationOfTheDocument() throws Exception {
        String json = """
                {"action":"update","event":"sip.call_control_notifications","result":{"call_info":{
                "call":{"id":"b0fc4957-6fc3a86f@192.168.233.134","tag":"qdef43kz9zxym4lz.o"},
                "callee":{"account_id":"123007","centrex_id":"30","display_id":"123007","forwarder_list":[
                {"account_id":"123008","centrex_id":"30","display_id":"123008","forwarders":[],"id":"123008"}],"id":"123007"},
                "caller":{"account_id":"123002","centrex_id":"30","display_id":"123002","forwarder_list":[],"id":"123002"},
                "duration":10,"reason":"Call terminated by API","reason_code":null,"state":"terminated",
                "tracking_id":"ed27c428-0410-4eac-ba3f-ab1ece15fa2d","type":"incoming"}}}""";
        CallControlNotification n = Json.MAPPER.readValue(json, CallControlNotification.class);
        SipCallInfo i = n.callInfo();
        assertThat(n.event()).isEqualTo("sip.call_control_notifications");
        assertThat(i.state()).isEqualTo(SipCallState.TERMINATED);
        assertThat(i.type()).isEqualTo(SipCallType.INCOMING);
        assertThat(i.duration()).isEqualTo(10);
        assertThat(i.reasonCode()).isNull();
        assertThat(i.callee().forwarderList()).singleElement().satisfies(f -> {
            assertThat(f.accountId()).isEqualTo("123008");
            assertThat(f.centrexId()).isEqualTo("30");
            assertThat(f.forwarders()).isEmpty();
        });
        assertThat(i.caller().centrexId()).isEqualTo("30");
    }

    @Test
    void autoAttendantQueuedExampleOfTheDocument() throws Exception {
        String json = """
                {"connect_time":"2018-12-28 13:12:25.245","dialog_id":["7e033351-4e65ab85@192.168.64.196","112347"],
                "direction":"recipient","local_party":{"account_id":"123010","centrex_id":"30","display_id":"123010",
                "forwarder_list":[{"account_id":"123010","centrex_id":"30","display_id":"123010","forwarders":[],"id":"123010"}],
                "id":"123010","ivr":true,"net":"0"},"queue_info":{"i_c_queue":25,"operators":2,"position":0},
                "remote_party":{"account_id":"11198700001","centrex_id":"10","display_id":"11198700001","forwarders":[],
                "id":"11198700001","name":"11198700001","net":"0"},"sip_transport_id":"192.168.67.30:5070",
                "start_time":"2018-12-28 13:12:25.146","tracking_id":"27704968-0f69-4a39-b7319990bc938b89","state":"queued"}""";
        SipCallInfo i = Json.MAPPER.readValue(json, SipCallInfo.class);
        assertThat(i.state()).isEqualTo(SipCallState.QUEUED);
        assertThat(i.queueInfo().iCQueue()).isEqualTo(25L);
        assertThat(i.queueInfo().operators()).isEqualTo(2);
        assertThat(i.dialogId()).containsExactly("7e033351-4e65ab85@192.168.64.196", "112347");
        assertThat(i.localParty().ivr()).isTrue();
        assertThat(i.remoteParty().name()).isEqualTo("11198700001");
        assertThat(i.sipTransportId()).isEqualTo("192.168.67.30:5070");
        assertThat(PortasipEvents.time(i.connectTime())).hasToString("2018-12-28T13:12:25.245Z");
    }

    @Test
    void ivrAndConferenceNotificationsOfTheDocument() throws Exception {
        SipCallInfo dtmf = Json.MAPPER.readValue("""
                {"call":{"id":"3300f0b3-7a54a006@192.168.233.134","tag":"100021"},"callee":{"access_number":"4567890"},
                "connect_time":"2018-12-05 08:51:16","digit":"1","dtmf_duration":220,"event":"dtmf_digit_detected",
                "state":"connected","type":"incoming"}""", SipCallInfo.class);
        assertThat(dtmf.event()).isEqualTo(IvrEvent.DTMF_DIGIT_DETECTED);
        assertThat(dtmf.callee().accessNumber()).isEqualTo("4567890");
        assertThat(dtmf.callee().number()).isEqualTo("4567890");

        // conference tags are numbers in the document's examples; flags are Y/N
        CallControlNotification p = Json.MAPPER.readValue("""
                {"action":"update","event":"sip.call_control_notifications","result":{"participant_info":{
                "call":{"id":"cSsJ!DNMIEZfxJrZlKJja12vKcb4@192.168.233.134","tag":100028},
                "conference_name":"test's conference","conference_owner_id":"12065550021","event":"ParticipantInfo",
                "hold":"N","join_time":"2019-02-01 13:15:58","leave_time":null,"moderator":"Y","mute":"Y",
                "participant_id":1,"tracking_id":"8cdb8b68-1a75-4ff2-adb8-dcf3ce8ed816"}}}""", CallControlNotification.class);
        assertThat(p.participantInfo().call().tag()).isEqualTo("100028");
        assertThat(p.participantInfo().moderator()).isTrue();
        assertThat(p.participantInfo().hold()).isFalse();

        // string numbers of the document ("max_participants": "15", "participant_id": "1") are read as numbers
        SipOnSpotConferenceParticipantInfo pi = Json.MAPPER.readValue("""
                {"mute":"N","lang":"en","quiet_mode":"N","wait_for_moderator":"N","moderator":"Y","max_participants":"15",
                "participant_id":"1","play_announce":"Y"}""", SipOnSpotConferenceParticipantInfo.class);
        assertThat(pi.maxParticipants()).isEqualTo(15);
        assertThat(pi.participantId()).isEqualTo(1);
        assertThat(pi.playAnnounce()).isTrue();
        assertThat(Json.writeString(pi)).contains("\"moderator\":\"Y\"", "\"max_participants\":15", "\"play_announce\":\"Y\"");

        GetOnSpotConferenceListResponse list = Json.MAPPER.readValue("""
                {"conference_list":[{"i_customer":4871,"name":"test_conference","owner_id":"12065550021 "}]}""",
                GetOnSpotConferenceListResponse.class);
        assertThat(list.conferenceList().get(0).iCustomer()).isEqualTo(4871L);
    }

    @Test
    void originateRequestWritesTheDocumentsShape() {
        OriginateAdvancedCallRequest r = new OriginateAdvancedCallRequest("123007", null, "123003", "123007",
                "https://www.myapp.com/events", List.of(SipCallState.TRYING, SipCallState.CONNECTED, SipCallState.TERMINATED));
        assertThat(Json.writeString(r)).isEqualTo("{\"bill_id\":\"123007\",\"callee_id\":\"123003\",\"caller_id\":\"123007\","
                + "\"state_callback\":\"https://www.myapp.com/events\",\"state_callback_events\":[\"trying\",\"connected\",\"terminated\"]}");
        assertThat(CalleeAnswerMode.fromWire("Notify")).isEqualTo(CalleeAnswerMode.NOTIFY);
        assertThat(SipCallState.fromWire("something-new")).isEqualTo(SipCallState.UNKNOWN);
    }
}
