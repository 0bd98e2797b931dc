package io.callcontrol.camel.sipnative;

/** What a {@code sip-native} endpoint does; the first nine are producer operations, the last three consumers. */
public enum SipNativeOperation {
    /** Third-party call control (RFC 3725 flow I) between two parties. */
    originate(true, false),
    /** INVITE the first party (optionally auto-answered), then REFER it to the target. */
    click_to_dial(true, false),
    /** Blind transfer of a held dialog (REFER). */
    transfer(true, false),
    /** BYE a held dialog, or CANCEL a pending INVITE. */
    hangup(true, false),
    /** BroadSoft remote-control NOTIFY, Event: hold. */
    hold(true, false),
    /** BroadSoft remote-control NOTIFY, Event: talk. */
    talk(true, false),
    /** INFO application/dtmf-relay in a held dialog. */
    send_dtmf(true, false),
    /** MESSAGE (producer), or incoming MESSAGE requests (consumer). */
    message(true, true),
    /** OPTIONS ping, with the round-trip time. */
    options(true, false),
    /** Incoming INVITEs (consumer): the route rejects, redirects or answers. */
    invite(false, true),
    /** Dialog event package (RFC 4235) subscriptions for monitored users (consumer). */
    dialog_events(false, true);

    private final boolean producer;
    private final boolean consumer;

    SipNativeOperation(boolean producer, boolean consumer) {
        this.producer = producer;
        this.consumer = consumer;
    }

    public boolean isProducer() {
        return producer;
    }

    public boolean isConsumer() {
        return consumer;
    }
}
