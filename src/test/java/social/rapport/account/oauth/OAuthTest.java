package social.rapport.account.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.AccountStore;
import social.rapport.account.Secrets;
import social.rapport.account.Tokens;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.MigratedDb;
import social.rapport.testing.TestClock;

@EachDatabase
class OAuthTest {
    static final String VERIFIER = "a-verifier-that-is-long-enough-for-pkce-rules-0123456789";

    MigratedDb migrated;
    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    AccountStore accounts = new AccountStore();
    Tokens tokens;
    OAuth oauth;
    RegisterApp.Registered ivory;
    int ana;

    @BeforeEach
    void open() {
        db = migrated.db();
        tokens = new Tokens(db);
        oauth = new OAuth(db, tokens, accounts);
        ivory = new RegisterApp(db)
                .register(
                        "Ivory",
                        List.of("https://ivory.example/cb\n" + OAuth.OOB),
                        "read write",
                        "https://ivory.example");
        ana = db.write(tx -> accounts.insert(tx, "ana", "ana@example.org", "x", "user", "active"));
    }

    private OAuth.AuthorizationRequest request(String redirect, String scope) {
        return oauth.checkAuthorization(
                ivory.app().clientId(), redirect, "code", scope, Secrets.s256(VERIFIER), "S256", "xyz");
    }

    @Test
    void ana_authorizes_ivory_with_pkce_and_the_code_becomes_a_token_once() {
        OAuth.AuthorizationRequest req = request("https://ivory.example/cb", "read");
        String code = oauth.issueCode(req, ana);
        assertThat(oauth.redirectFor(req, code)).isEqualTo("https://ivory.example/cb?code=" + code + "&state=xyz");
        OAuth.App app = oauth.authenticateClient(ivory.app().clientId(), ivory.clientSecret());
        OAuth.Granted g = oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER);
        assertThat(g.scopes()).containsExactly("read");
        assertThat(tokens.find(g.token()).orElseThrow().accountId()).isEqualTo(ana);
        assertThatThrownBy(() -> oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.code()).isEqualTo("invalid_grant"));
    }

    @Test
    void replaying_a_used_code_fails_and_revokes_the_token_it_gave() {
        String code = oauth.issueCode(request("https://ivory.example/cb", "read write"), ana);
        OAuth.App app = oauth.authenticateClient(ivory.app().clientId(), ivory.clientSecret());
        OAuth.Granted first = oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER);
        String other = oauth.issueCode(request("https://ivory.example/cb", "read"), ana);
        OAuth.Granted unrelated = oauth.exchangeCode(app, other, "https://ivory.example/cb", VERIFIER);
        assertThat(tokens.find(first.token()).orElseThrow().live()).isTrue();

        assertThatThrownBy(() -> oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.code()).isEqualTo("invalid_grant"));
        assertThat(tokens.find(first.token()).orElseThrow().live()).isFalse();
        assertThat(tokens.find(unrelated.token()).orElseThrow().live()).isTrue();
        // a third try fails the same way and changes nothing more
        assertThatThrownBy(() -> oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER))
                .isInstanceOf(OAuthError.class);
        assertThat(tokens.find(unrelated.token()).orElseThrow().live()).isTrue();
    }

    @Test
    void a_wrong_verifier_redirect_or_an_expired_code_is_invalid_grant_and_leaves_the_code_usable_until_expiry() {
        String code = oauth.issueCode(request("https://ivory.example/cb", "read"), ana);
        OAuth.App app = ivory.app();
        assertThatThrownBy(() -> oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER + "x"))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.code()).isEqualTo("invalid_grant"));
        assertThatThrownBy(() -> oauth.exchangeCode(app, code, "https://evil.example/cb", VERIFIER))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.getMessage()).contains("redirect_uri"));
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> oauth.exchangeCode(app, code, "https://ivory.example/cb", VERIFIER))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.getMessage()).contains("expired"));
        assertThat(tokens.ofAccount(ana)).isEmpty();
    }

    @Test
    void the_out_of_band_redirect_gives_no_address_so_the_page_shows_the_code() {
        OAuth.AuthorizationRequest req = request(OAuth.OOB, "read");
        assertThat(oauth.redirectFor(req, oauth.issueCode(req, ana))).isNull();
    }

    @Test
    void authorization_requests_that_do_not_fit_the_app_are_refused_with_400() {
        String id = ivory.app().clientId();
        record Case(
                String client,
                String redirect,
                String type,
                String scope,
                String challenge,
                String method,
                String says) {}
        String ch = Secrets.s256(VERIFIER);
        for (Case c : List.of(
                new Case("nope", "https://ivory.example/cb", "code", "read", null, null, "client_id"),
                new Case(id, "https://ivory.example/cb", "token", "read", null, null, "response_type"),
                new Case(id, "https://evil.example/cb", "code", "read", null, null, "redirect_uri"),
                new Case(id, "https://ivory.example/cb", "code", "admin:read", null, null, "more than"),
                new Case(id, "https://ivory.example/cb", "code", "read bogus", null, null, "unknown"),
                new Case(id, "https://ivory.example/cb", "code", "read", ch, "plain", "S256"),
                new Case(id, "https://ivory.example/cb", "code", "read", "short", "S256", "43"))) {
            assertThatThrownBy(() -> oauth.checkAuthorization(
                            c.client(), c.redirect(), c.type(), c.scope(), c.challenge(), c.method(), null))
                    .as(c.toString())
                    .isInstanceOfSatisfying(Problem.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.getMessage()).contains(c.says());
                    });
        }
    }

    @Test
    void a_wrong_client_secret_is_invalid_client() {
        assertThatThrownBy(() -> oauth.authenticateClient(ivory.app().clientId(), "wrong"))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void the_secret_is_stored_only_as_a_digest() {
        String stored = db.read(h -> h.createQuery("SELECT client_secret_hash FROM oauth_apps")
                .mapTo(String.class)
                .one());
        assertThat(stored).isEqualTo(Secrets.sha256(ivory.clientSecret())).isNotEqualTo(ivory.clientSecret());
    }

    @Test
    void client_credentials_give_an_app_token_without_an_account_within_the_app_scopes() {
        OAuth.Granted g = oauth.clientCredentials(ivory.app(), "read");
        assertThat(tokens.find(g.token()).orElseThrow().accountId()).isNull();
        assertThatThrownBy(() -> oauth.clientCredentials(ivory.app(), "admin:write"))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.code()).isEqualTo("invalid_scope"));
    }

    @Test
    void an_app_revokes_its_own_token_but_not_another_apps() {
        OAuth.Granted g = oauth.clientCredentials(ivory.app(), "read");
        RegisterApp.Registered other = new RegisterApp(db).register("Other", List.of(OAuth.OOB), "read", null);
        assertThatThrownBy(() -> oauth.revoke(other.app(), g.token()))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(tokens.find(g.token()).orElseThrow().live()).isTrue();
        oauth.revoke(ivory.app(), g.token());
        assertThat(tokens.find(g.token()).orElseThrow().live()).isFalse();
        oauth.revoke(ivory.app(), "never-issued");
    }
}
