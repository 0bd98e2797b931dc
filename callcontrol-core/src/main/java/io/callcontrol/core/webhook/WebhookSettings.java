package io.callcontrol.core.webhook;

/**
 * How a webhook receiver authenticates its sender and what it accepts.
 *
 * @param auth          how the sender authenticates
 * @param bearerToken   expected token for {@link WebhookAuth#BEARER}
 * @param username      expected user for {@link WebhookAuth#BASIC}
 * @param password      expected password for {@link WebhookAuth#BASIC}
 * @param hmacSecret    shared secret for {@link WebhookAuth#HMAC}
 * @param hmacHeader    header carrying the signature (e.g. {@code X-Signature})
 * @param hmacAlgorithm JCA MAC name (e.g. {@code HmacSHA256})
 * @param hmacPrefix    prefix before the hex signature in the header (e.g. {@code sha256=}), may be empty
 * @param maxBodySize   largest body accepted, in bytes (larger: 413, nothing reaches the route)
 * @param requireJson   reject bodies that are not well-formed JSON with 400
 */
public record WebhookSettings(WebhookAuth auth, String bearerToken, String username, String password,
                              String hmacSecret, String hmacHeader, String hmacAlgorithm, String hmacPrefix,
                              int maxBodySize, boolean requireJson) {

    public WebhookSettings {
        if (auth == null) {
            auth = WebhookAuth.NONE;
        }
        if (hmacHeader == null || hmacHeader.isBlank()) {
            hmacHeader = "X-Signature";
        }
        if (hmacAlgorithm == null || hmacAlgorithm.isBlank()) {
            hmacAlgorithm = "HmacSHA256";
        }
        if (hmacPrefix == null) {
            hmacPrefix = "";
        }
        if (maxBodySize <= 0) {
            maxBodySize = 1024 * 1024;
        }
        switch (auth) {
            case BEARER -> require(bearerToken, "bearerToken");
            case BASIC -> {
                require(username, "username");
                require(password, "password");
            }
            case HMAC -> require(hmacSecret, "hmacSecret");
            default -> {
            }
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Webhook authentication needs " + name);
        }
    }

    public static WebhookSettings none() {
        return new WebhookSettings(WebhookAuth.NONE, null, null, null, null, null, null, null, 0, true);
    }

    public static WebhookSettings bearer(String token) {
        return new WebhookSettings(WebhookAuth.BEARER, token, null, null, null, null, null, null, 0, true);
    }

    public static WebhookSettings basic(String user, String password) {
        return new WebhookSettings(WebhookAuth.BASIC, null, user, password, null, null, null, null, 0, true);
    }

    public static WebhookSettings hmac(String secret, String header, String algorithm, String prefix) {
        return new WebhookSettings(WebhookAuth.HMAC, null, null, null, secret, header, algorithm, prefix, 0, true);
    }

    public WebhookSettings withMaxBodySize(int bytes) {
        return new WebhookSettings(auth, bearerToken, username, password, hmacSecret, hmacHeader, hmacAlgorithm,
                hmacPrefix, bytes, requireJson);
    }
}
