package io.callcontrol.core.auth;

import java.time.Instant;
import java.util.Map;

/**
 * What a login or refresh returned.
 *
 * @param accessToken  the token (or session id) to present
 * @param refreshToken token to refresh with, or null when the vendor has none
 * @param expiresAt    when the access token expires, or null when it does not say
 * @param extra        further vendor fields of the answer (never null)
 */
public record TokenGrant(String accessToken, String refreshToken, Instant expiresAt, Map<String, Object> extra) {

    public TokenGrant {
        if (accessToken == null || accessToken.isEmpty()) {
            throw new IllegalArgumentException("a token grant needs an access token");
        }
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static TokenGrant of(String accessToken, String refreshToken, Instant expiresAt) {
        return new TokenGrant(accessToken, refreshToken, expiresAt, Map.of());
    }
}
