package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * LoginResponse of Session.login.
 *
 * @param sessionId    the ID of the newly opened session
 * @param accessToken  JWT access token (newer releases)
 * @param expiresAt    access token expiry (newer releases)
 * @param refreshToken refresh token (newer releases)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginResponse(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_at") String expiresAt,
        @JsonProperty("refresh_token") String refreshToken) {
}
