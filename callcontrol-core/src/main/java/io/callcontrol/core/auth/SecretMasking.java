package io.callcontrol.core.auth;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Makes URLs that carry credentials safe to log, as Camel masks secrets in endpoint URIs: the password of the user
 * info, the values of secret-looking query parameters ({@code token}, {@code access_token}, {@code password},
 * {@code secret}, {@code key}, {@code signature}, ...) and a token carried as a path segment after
 * {@code /token[/vN]/} (e.g. Incoplax's {@code /ws/token/v1/<TOKEN>}) become {@code xxxxxx}. Every URL a component
 * builds with a credential in it goes through here before it reaches a log line or an exception message.
 */
public final class SecretMasking {

    /** What a masked secret is shown as. */
    public static final String MASK = "xxxxxx";

    private static final Pattern USER_INFO = Pattern.compile("(://[^/@?#:]*):[^/@?#]*@");
    private static final Pattern QUERY = Pattern.compile("(?i)([?&](?:token|access_token|refresh_token|id_token"
            + "|password|passwd|pass|pwd|secret|client_secret|key|api_key|apikey|signature|sig|auth|authorization"
            + "|session_id)=)[^&#]*");
    private static final Pattern PATH_TOKEN = Pattern.compile("(?i)(/token(?:/v\\d+)?/)[^/?#]+");

    private SecretMasking() {
    }

    /** The URL with its secrets masked (null stays null). */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String s = USER_INFO.matcher(url).replaceAll("$1:" + MASK + "@");
        s = QUERY.matcher(s).replaceAll("$1" + MASK);
        return PATH_TOKEN.matcher(s).replaceAll("$1" + MASK);
    }

    /** The URI with its secrets masked, as text. */
    public static String maskUrl(URI uri) {
        return uri == null ? null : maskUrl(uri.toString());
    }
}
