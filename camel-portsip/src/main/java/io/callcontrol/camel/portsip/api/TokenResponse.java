package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /api/login/oauth/token} (password and refresh_token grants). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType) {

    @Override
    public String toString() {
        return "TokenResponse[expires_in=" + expiresIn + ", token_type=" + tokenType + "]";
    }
}
