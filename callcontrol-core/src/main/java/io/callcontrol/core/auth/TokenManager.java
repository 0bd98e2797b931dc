package io.callcontrol.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one login token (or session id) for a component: logs in lazily on first use, reuses the token,
 * refreshes it shortly before it expires (with the refresh token when the vendor gives one, else by logging in
 * again), and drops it when the vendor rejects it so the next request logs in again. Concurrent callers share
 * one login/refresh in flight (no login storms). Never loops: a failing login fails the requests waiting on it.
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    /** The vendor's login and refresh calls. */
    public interface TokenSource {
        CompletableFuture<TokenGrant> login();

        /** Refresh with the current grant's refresh token; the default logs in again. */
        default CompletableFuture<TokenGrant> refresh(TokenGrant current) {
            return login();
        }

        /** Revoke/log out the grant on shutdown; the default does nothing. */
        default CompletableFuture<Void> logout(TokenGrant current) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private final String owner;
    private final TokenSource source;
    private final Duration refreshSkew;
    private final Clock clock;
    private TokenGrant current;
    /** When {@link #current} is to be refreshed: its expiry minus the margin, or a fraction of its lifetime. */
    private Instant refreshAt;
    private CompletableFuture<TokenGrant> inFlight;
    private long logins;
    private long refreshes;

    /**
     * @param refreshSkew refresh this long before expiry (e.g. 60 s)
     */
    public TokenManager(String owner, TokenSource source, Duration refreshSkew, Clock clock) {
        this.owner = owner;
        this.source = Objects.requireNonNull(source);
        this.refreshSkew = refreshSkew;
        this.clock = clock;
    }

    public TokenManager(String owner, TokenSource source) {
        this(owner, source, Duration.ofSeconds(60), Clock.systemUTC());
    }

    /** A valid token: the current one, or one from a login/refresh (shared with concurrent callers). */
    public synchronized CompletableFuture<TokenGrant> token() {
        if (inFlight != null) {
            return inFlight;
        }
        Instant now = clock.instant();
        if (current != null && (refreshAt == null || now.isBefore(refreshAt))) {
            return CompletableFuture.completedFuture(current);
        }
        CompletableFuture<TokenGrant> call;
        if (current != null && current.refreshToken() != null) {
            TokenGrant old = current;
            refreshes++;
            LOG.debug("{}: refreshing token that expires at {}", owner, old.expiresAt());
            call = source.refresh(old).exceptionallyCompose(e -> {
                LOG.info("{}: token refresh failed ({}), logging in again", owner, e.getMessage());
                synchronized (this) {
                    logins++;
                }
                return source.login();
            });
        } else {
            logins++;
            LOG.debug("{}: logging in", owner);
            call = source.login();
        }
        CompletableFuture<TokenGrant> shared = new CompletableFuture<>();
        inFlight = shared;
        call.whenComplete((grant, error) -> {
            synchronized (this) {
                inFlight = null;
                current = error == null ? grant : null;
                refreshAt = current == null ? null : refreshTime(current, clock.instant());
            }
            if (error != null) {
                shared.completeExceptionally(error);
            } else {
                shared.complete(grant);
            }
        });
        return shared;
    }

    /** Share of a short lifetime after which a token is refreshed (when the lifetime is not longer than the margin). */
    static final double SHORT_LIFETIME_REFRESH_FRACTION = 0.75;

    /**
     * When a grant obtained at {@code obtained} is refreshed: {@code refreshSkew} before its expiry -- unless its
     * lifetime is shorter than twice the margin (e.g. a 3 s token with the 60 s default), then after
     * {@value #SHORT_LIFETIME_REFRESH_FRACTION} of its lifetime, so a short-lived token is still reused for most
     * of its life instead of a login per request. Null: the grant does not expire.
     */
    Instant refreshTime(TokenGrant grant, Instant obtained) {
        Instant expires = grant.expiresAt();
        if (expires == null) {
            return null;
        }
        Duration lifetime = Duration.between(obtained, expires);
        if (lifetime.isNegative() || lifetime.isZero()) {
            // already expired by our clock (skew): reuse it for a second -- the vendor's rejection invalidates it --
            // rather than a login per request
            return obtained.plusSeconds(1);
        }
        Duration margin = refreshSkew == null || refreshSkew.isNegative() ? Duration.ZERO : refreshSkew;
        if (lifetime.compareTo(margin.multipliedBy(2)) > 0) {
            return expires.minus(margin);
        }
        long fraction = (long) (lifetime.toMillis() * SHORT_LIFETIME_REFRESH_FRACTION);
        return obtained.plusMillis(Math.max(1, fraction));
    }

    /**
     * The vendor rejected {@code rejectedToken}: forget it (if it is still the current one), so the next
     * {@link #token()} logs in again. A null argument forgets whatever is current.
     */
    public synchronized void invalidate(String rejectedToken) {
        if (current != null && (rejectedToken == null || rejectedToken.equals(current.accessToken()))) {
            LOG.debug("{}: token rejected by the vendor, will log in again", owner);
            current = null;
            refreshAt = null;
        }
    }

    /** The current grant without logging in, or null. */
    public synchronized TokenGrant peek() {
        return current;
    }

    /** Logs out the current grant (if any) and forgets it. */
    public CompletableFuture<Void> logout() {
        TokenGrant g;
        synchronized (this) {
            g = current;
            current = null;
            refreshAt = null;
        }
        return g == null ? CompletableFuture.completedFuture(null) : source.logout(g);
    }

    /** Number of logins performed (for tests and metrics). */
    public synchronized long loginCount() {
        return logins;
    }

    /** Number of refreshes attempted. */
    public synchronized long refreshCount() {
        return refreshes;
    }
}
