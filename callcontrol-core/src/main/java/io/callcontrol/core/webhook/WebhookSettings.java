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
 * @param urlToken      verifier of {@code ?token=} in the URL: required for {@link WebhookAuth#TOKEN}; with another
 *                      auth a valid URL token is accepted too (for senders given a URL and nothing else); may be null
 */
public record WebhookSettings(WebhookAuth auth, String bearerToken, String username, String password,
                              String hmacSecret, String hmacHeader, String hmacAlgorithm, String hmacPrefix,
                              int maxBodySize, boolean requireJson, WebhookUrlToken urlToken) {

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
            case TOKEN -> {
                if (urlToken == null) {
                    throw new IllegalArgumentException("Webhook authentication TOKEN needs a URL token verifier");
                }
            }
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
        return new WebhookSettings(WebhookAuth.NONE, null, null, null, null, null, null, null, 0, true, null);
    }

    public static WebhookSettings bearer(String token) {
        return new WebhookSettings(WebhookAuth.BEARER, token, null, null, null, null, null, null, 0, true, null);
    }

    public static WebhookSettings basic(String user, String password) {
        return new WebhookSettings(WebhookAuth.BASIC, null, user, password, null, null, null, null, 0, true, null);
    }

    public static WebhookSettings hmac(String secret, String header, String algorithm, String prefix) {
        return new WebhookSettings(WebhookAuth.HMAC, null, null, null, secret, header, algorithm, prefix, 0, true, null);
    }

    public WebhookSettings withMaxBodySize(int bytes) {
        return new WebhookSettings(auth, bearerToken, username, password, hmacSecret, hmacHeader, hmacAlgorithm,
                hmacPrefix, bytes, requireJson, urlToken);
    }

    /** Sender authenticated by a token in the URL ({@code ?token=}) issued by {@code tokens}. */
    public static WebhookSettings token(WebhookUrlToken tokens) {
        return new WebhookSettings(WebhookAuth.TOKEN, null, null, null, null, null, null, null, 0, true, tokens);
    }

    /** These settings, also accepting a valid URL token of {@code tokens}. */
    public WebhookSettings withUrlToken(WebhookUrlToken tokens) {
        return new WebhookSettings(auth, bearerToken, username, password, hmacSecret, hmacHeader, hmacAlgorithm,
                hmacPrefix, maxBodySize, requireJson, tokens);
    }

    /**
     * Webhook receivers are secure by default: a consumer that was given no {@code webhookAuth} refuses to start
     * (CallControlValidationException naming {@code webhookAuth}); an explicit {@link WebhookAuth#NONE} starts with a
     * WARN, since anyone who reaches the port can then post events.
     *
     * @param vendor   the vendor name for the exception
     * @param consumer the consumer, e.g. {@code portsip:events}
     * @param allowed  the values this consumer supports, for the message
     */
    public static WebhookAuth requireChosen(WebhookAuth configured, String vendor, String consumer, String allowed) {
        if (configured == null) {
            throw new io.callcontrol.core.error.CallControlValidationException(vendor, "webhookAuth", consumer
                    + ": webhookAuth is required (" + allowed + "); webhook receivers refuse unauthenticated senders"
                    + " unless webhookAuth=NONE is set explicitly");
        }
        if (configured == WebhookAuth.NONE) {
            org.slf4j.LoggerFactory.getLogger(WebhookReceiver.class).warn("{}: webhookAuth=NONE -- anyone who can"
                    + " reach the receiver can post events; use it only behind a trusted network boundary", consumer);
        }
        return configured;
    }
}
