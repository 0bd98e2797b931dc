package io.callcontrol.core.http;

import java.time.Duration;

import io.callcontrol.core.tls.TlsSettings;

/**
 * Connection settings of a {@link CallControlHttpClient}.
 *
 * @param connectTimeout         TCP/TLS connect timeout
 * @param responseTimeout        default time to wait for the answer of each request
 * @param maxConnections         pool size across all hosts
 * @param maxConnectionsPerRoute pool size per host
 * @param ioThreads              I/O reactor threads (1 is plenty for call control; more for benchmarks)
 * @param tls                    TLS trust choices
 */
public record HttpClientSettings(Duration connectTimeout, Duration responseTimeout, int maxConnections,
                                 int maxConnectionsPerRoute, int ioThreads, TlsSettings tls) {

    public static HttpClientSettings defaults() {
        return new HttpClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 200, 100,
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), TlsSettings.defaults());
    }

    public HttpClientSettings withTimeouts(Duration connect, Duration response) {
        return new HttpClientSettings(connect, response, maxConnections, maxConnectionsPerRoute, ioThreads, tls);
    }

    public HttpClientSettings withTls(TlsSettings t) {
        return new HttpClientSettings(connectTimeout, responseTimeout, maxConnections, maxConnectionsPerRoute, ioThreads, t);
    }

    public HttpClientSettings withPool(int max, int perRoute) {
        return new HttpClientSettings(connectTimeout, responseTimeout, max, perRoute, ioThreads, tls);
    }
}
