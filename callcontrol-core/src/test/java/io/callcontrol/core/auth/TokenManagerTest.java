package io.callcontrol.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenManagerTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MutableClock clock = new MutableClock();
    final List<String> calls = new ArrayList<>();
    CompletableFuture<TokenGrant> pendingLogin;

    TokenManager.TokenSource source = new TokenManager.TokenSource() {
        @Override
        public CompletableFuture<TokenGrant> login() {
            calls.add("login");
            if (pendingLogin != null) {
                return pendingLogin;
            }
            return CompletableFuture.completedFuture(TokenGrant.of("a" + calls.size(), "r" + calls.size(), clock.now.plusSeconds(1800)));
        }

        @Override
        public CompletableFuture<TokenGrant> refresh(TokenGrant current) {
            calls.add("refresh:" + current.refreshToken());
            return CompletableFuture.completedFuture(TokenGrant.of("b" + calls.size(), "r" + calls.size(), clock.now.plusSeconds(1800)));
        }
    };

    @Test
    void logsInLazilyAndReusesTheToken() {
        TokenManager tm = new TokenManager("t", source, Duration.ofSeconds(60), clock);
        assertThat(calls).isEmpty();
        assertThat(tm.token().join().accessToken()).isEqualTo("a1");
        assertThat(tm.token().join().accessToken()).isEqualTo("a1");
        assertThat(calls).containsExactly("login");
    }

    @Test
    void refreshesShortlyBeforeExpiry() {
        TokenManager tm = new TokenManager("t", source, Duration.ofSeconds(60), clock);
        tm.token().join();
        clock.now = clock.now.plusSeconds(1800 - 61);
        assertThat(tm.token().join().accessToken()).isEqualTo("a1");
        clock.now = clock.now.plusSeconds(2);
        assertThat(tm.token().join().accessToken()).isEqualTo("b2");
        assertThat(calls).containsExactly("login", "refresh:r1");
    }

    @Test
    void concurrentCallersShareOneLogin() {
        pendingLogin = new CompletableFuture<>();
        TokenManager tm = new TokenManager("t", source, Duration.ofSeconds(60), clock);
        CompletableFuture<TokenGrant> a = tm.token();
        CompletableFuture<TokenGrant> b = tm.token();
        assertThat(a).isNotDone();
        pendingLogin.complete(TokenGrant.of("x", null, null));
        assertThat(a.join().accessToken()).isEqualTo("x");
        assertThat(b.join().accessToken()).isEqualTo("x");
        assertThat(calls).containsExactly("login");
    }

    @Test
    void invalidateOnlyDropsTheRejectedToken() {
        TokenManager tm = new TokenManager("t", source, Duration.ofSeconds(60), clock);
        tm.token().join();
        tm.invalidate("some-older-token");
        assertThat(tm.token().join().accessToken()).isEqualTo("a1");
        tm.invalidate("a1");
        assertThat(tm.token().join().accessToken()).isEqualTo("a2");
        assertThat(tm.loginCount()).isEqualTo(2);
    }

    @Test
    void failedLoginFailsTheCallersAndIsRetriedOnNextUse() {
        pendingLogin = CompletableFuture.failedFuture(new IllegalStateException("bad password"));
        TokenManager tm = new TokenManager("t", source, Duration.ofSeconds(60), clock);
        assertThatThrownBy(() -> tm.token().join()).hasRootCauseMessage("bad password");
        pendingLogin = null;
        assertThat(tm.token().join().accessToken()).isEqualTo("a2");
    }

    @Test
    void aTokenShorterLivedThanTheMarginIsReusedNotFetchedPerRequest() {
        // the PBX's tokens live 3 s, the margin is the 60 s default: 50 requests over 10 s
        List<String> fetched = new ArrayList<>();
        TokenManager.TokenSource shortLived = () -> {
            fetched.add("login");
            return CompletableFuture.completedFuture(TokenGrant.of("t" + fetched.size(), null, clock.now.plusSeconds(3)));
        };
        TokenManager tm = new TokenManager("t", shortLived, Duration.ofSeconds(60), clock);
        for (int i = 0; i < 50; i++) {
            TokenGrant g = tm.token().join();
            assertThat(clock.now).isBefore(g.expiresAt());
            clock.now = clock.now.plusMillis(200);
        }
        // refreshed after 3/4 of each 3 s lifetime: a handful of logins, never one per request
        assertThat(fetched).hasSizeBetween(4, 6);
    }

    @Test
    void aShortLivedTokenWithARefreshTokenIsRefreshedAtAFractionOfItsLifetime() {
        TokenManager.TokenSource shortLived = new TokenManager.TokenSource() {
            @Override
            public CompletableFuture<TokenGrant> login() {
                calls.add("login");
                return CompletableFuture.completedFuture(TokenGrant.of("a", "r", clock.now.plusSeconds(3)));
            }

            @Override
            public CompletableFuture<TokenGrant> refresh(TokenGrant current) {
                calls.add("refresh");
                return CompletableFuture.completedFuture(TokenGrant.of("b", "r", clock.now.plusSeconds(3)));
            }
        };
        TokenManager tm = new TokenManager("t", shortLived, Duration.ofSeconds(60), clock);
        tm.token().join();
        clock.now = clock.now.plusMillis(2000);
        tm.token().join();
        assertThat(calls).containsExactly("login");
        clock.now = clock.now.plusMillis(300);
        tm.token().join();
        assertThat(calls).containsExactly("login", "refresh");
    }
}
