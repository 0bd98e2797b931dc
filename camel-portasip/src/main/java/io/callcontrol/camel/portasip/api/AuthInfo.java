package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * auth_info: either a session ID, or login credentials (login with password or API token, and domain).
 *
 * @param sessionId the ID of a previously opened API session
 * @param login     account (or user) ID
 * @param password  password
 * @param token     API token (login-API token authentication pair)
 * @param domain    media server domain of the billing environment
 * @param accessToken a JWT access token (newer releases)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthInfo(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("login") String login,
        @JsonProperty("password") String password,
        @JsonProperty("token") String token,
        @JsonProperty("domain") String domain,
        @JsonProperty("access_token") String accessToken) {

    public static AuthInfo session(String sessionId) {
        return new AuthInfo(sessionId, null, null, null, null, null);
    }
}
