package io.callcontrol.camel.sipx.api;

/** An XML {@code <processing-status>} answer: {@code error-flag}, {@code error-code}, {@code error-text}. */
public record SipxProcessingStatus(boolean errorFlag, String errorCode, String errorText) {
}
