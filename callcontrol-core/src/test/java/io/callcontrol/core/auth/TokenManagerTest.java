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
}
