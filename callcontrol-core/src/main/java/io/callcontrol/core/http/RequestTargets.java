package io.callcontrol.core.http;

import java.net.URI;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.core5.http.HttpHost;

/**
 * Turns a request URL into HttpClient's request target without parsing a {@link URI} per request: a component
 * sends its requests to one PBX, so the {@code scheme://host:port} part is the same every time and its
 * {@link HttpHost} is kept; only the path and query are cut off the URL. Anything out of the ordinary (user info,
 * IPv6 literal, fragment, a character {@link URI} would refuse or re-encode, a host name that is not plain
 * letters, digits, dots and dashes) goes through {@link URI#create(String)} as before -- the request is the same
 * either way.
 */
final class RequestTargets {

    /** The last origin seen: {@code scheme://authority} and its host. */
    private record Origin(String prefix, HttpHost host) {
    }

    private volatile Origin last;

    /** The request for this method and URL (IllegalArgumentException for a URL {@link URI} refuses). */
    SimpleHttpRequest request(String method, String url) {
        Origin o = last;
        if (o != null && url.startsWith(o.prefix) && isPathStart(url, o.prefix.length())) {
            String path = path(url, o.prefix.length());
            if (path != null) {
                return new SimpleHttpRequest(method, o.host, path);
            }
        } else {
            o = origin(url);
            if (o != null) {
                String path = path(url, o.prefix.length());
                if (path != null) {
                    last = o;
                    return new SimpleHttpRequest(method, o.host, path);
                }
            }
        }
        return new SimpleHttpRequest(method, URI.create(url));
    }

    private static boolean isPathStart(String url, int at) {
        return at == url.length() || url.charAt(at) == '/' || url.charAt(at) == '?';
    }

    /** {@code scheme://host[:port]} of a plain http(s) URL, or null (then URI parses it). */
    static Origin origin(String url) {
        String scheme;
        if (url.startsWith("http://")) {
            scheme = "http";
        } else if (url.startsWith("https://")) {
            scheme = "https";
        } else {
            return null;
        }
        int hostStart = scheme.length() + 3;
        int end = hostStart;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        int colon = url.indexOf(':', hostStart);
        int hostEnd = colon >= 0 && colon < end ? colon : end;
        if (hostEnd == hostStart) {
            return null;
        }
        for (int i = hostStart; i < hostEnd; i++) {
            char c = url.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return null; // user info, IPv6 literal, odd characters: URI decides
            }
        }
        if (url.charAt(hostEnd - 1) == '.' || url.charAt(hostStart) == '.' || url.charAt(hostStart) == '-') {
            return null;
        }
        int port = -1;
        if (hostEnd < end) {
            if (end - hostEnd < 2 || end - hostEnd > 6) {
                return null;
            }
            port = 0;
            for (int i = hostEnd + 1; i < end; i++) {
                char c = url.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                port = port * 10 + (c - '0');
            }
            if (port > 65535) {
                return null;
            }
        }
        return new Origin(url.substring(0, end), new HttpHost(scheme, url.substring(hostStart, hostEnd), port));
    }

    /**
     * The path and query as {@code new SimpleHttpRequest(method, URI)} would set them ({@code /} when the URL has
     * no path), or null when the rest holds anything URI would refuse or treat specially.
     */
    static String path(String url, int from) {
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%') {
                if (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
                    return null;
                }
            } else if (!isUriChar(c)) {
                return null;
            }
        }
        if (from == url.length()) {
            return "/";
        }
        if (url.charAt(from) == '?') {
            return "/" + url.substring(from);
        }
        if (url.startsWith("//", from)) {
            return null;
        }
        return url.substring(from);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Unreserved and the reserved characters allowed in a path or query (no {@code # [ ]}). */
    private static boolean isUriChar(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return true;
        }
        return switch (c) {
            case '-', '.', '_', '~', ':', '/', '?', '@', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=' -> true;
            default -> false;
        };
    }
}
