package io.callcontrol.camel.sipnative.api;

import java.util.concurrent.CompletableFuture;

import javax.sip.Dialog;
import javax.sip.message.Request;

/**
 * A dialog the user agent holds while the call lasts (answered by the agent, or set up by originate /
 * click_to_dial). Removed from the agent as soon as the call ends.
 */
public final class CallLeg {

    private final String id;
    private final Dialog dialog;
    private final String remoteUri;
    private volatile String remoteSdp;
    private volatile String localSdp;
    private volatile Request lastAck;
    private volatile String partnerId;
    private volatile CompletableFuture<String> referResult;
    private volatile String lastSipfrag;
    volatile long cseqOfInvite;
    /** Completes once the dialog can carry requests: at once for legs the agent set up, after the 200 OK for answered ones. */
    private final CompletableFuture<Void> established = new CompletableFuture<>();

    CallLeg(String id, Dialog dialog, String remoteUri) {
        this.id = id;
        this.dialog = dialog;
        this.remoteUri = remoteUri;
    }

    /** The dialog id the routes use: the dialog's Call-ID. */
    public String id() {
        return id;
    }

    CompletableFuture<Void> established() {
        return established;
    }

    Dialog dialog() {
        return dialog;
    }

    public String remoteUri() {
        return remoteUri;
    }

    public String remoteSdp() {
        return remoteSdp;
    }

    void remoteSdp(String sdp) {
        this.remoteSdp = sdp;
    }

    public String localSdp() {
        return localSdp;
    }

    void localSdp(String sdp) {
        this.localSdp = sdp;
    }

    Request lastAck() {
        return lastAck;
    }

    void lastAck(Request ack) {
        this.lastAck = ack;
    }

    public String partnerId() {
        return partnerId;
    }

    void partnerId(String id) {
        this.partnerId = id;
    }

    CompletableFuture<String> referResult() {
        return referResult;
    }

    void referResult(CompletableFuture<String> f) {
        this.referResult = f;
    }

    String lastSipfrag() {
        return lastSipfrag;
    }

    void lastSipfrag(String s) {
        this.lastSipfrag = s;
    }
}
