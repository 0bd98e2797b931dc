package io.callcontrol.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secret tokens carried in a callback URL's query ({@code ?token=<nonce>.<mac>}) for senders that can only be given a
 * URL. Each {@link #issue()} returns a new token -- one per subscription (e.g. per originated call) -- made of a
 * random nonce and an HMAC-SHA256 of it under this instance's key; {@link #verify(String)} recomputes the MAC and
 * compares in constant time, so nothing is stored per token. The key is random per instance unless given (a
 * configured key keeps URLs handed out before a restart valid). The token is never the user's password, and
 * {@link #mask(String)} hides it wherever a URL carrying it is logged.
 */
public final class WebhookUrlToken {

    /** The query parameter carrying the token. */
    public static final String PARAMETER = "token";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    private WebhookUrlToken(byte[] key) {
        this.key = key;
    }

    /** Tokens under a fresh random 256-bit key (valid until this instance is dropped). */
    public static WebhookUrlToken random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new WebhookUrlToken(k);
    }

    /** Tokens under a configured secret (stable across restarts). */
    public static WebhookUrlToken withSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a URL token secret must not be empty");
        }
        return new WebhookUrlToken(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A new token: {@code <nonce>.<mac>}, URL-safe. */
    public String issue() {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String n = B64.encodeToString(nonce);
        return n + "." + mac(n);
    }

    /** {@code url} with {@code token=<a new token>} added to its query. */
    public String appendTo(String url) {
        return url + (url.contains("?") ? "&" : "?") + PARAMETER + "=" + issue();
    }

    /** True when the token was issued by this instance (constant-time comparison of the MAC). */
    public boolean verify(String token) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return false;
        }
        String expected = mac(token.substring(0, dot));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String nonce) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(m.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * A URL safe to log: the password of its user info and the values of secret-looking query parameters
     * ({@code token}, {@code password}, {@code secret}, ...) replaced by {@code xxxxxx}, as Camel masks secrets in
     * endpoint URIs ({@link io.callcontrol.core.auth.SecretMasking#maskUrl(String)}).
     */
    public static String mask(String url) {
        return io.callcontrol.core.auth.SecretMasking.maskUrl(url);
    }
}
