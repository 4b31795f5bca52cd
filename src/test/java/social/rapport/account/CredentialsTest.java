package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.MigratedDb;

/** Signing in, changing the password and deleting the account. */
@EachDatabase
class CredentialsTest {
    static final String OLD = "correct horse battery staple";
    static final String NEW = "a brand new and long passphrase";

    MigratedDb migrated;
    Database db;
    AccountStore accounts = new AccountStore();
    Settings settings;
    WebSessions sessions;
    Tokens tokens;
    Account ana;

    @BeforeEach
    void open() {
        db = migrated.db();
        settings = new Settings(db);
        sessions = new WebSessions(db, Duration.ofDays(30));
        tokens = new Tokens(db);
        ana = new SignUp(db, accounts, settings).signUp(new SignUp.Request("ana", "ana@example.org", OLD, true));
    }

    private int outbox(String topic) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE topic = :t")
                .bind("t", topic)
                .mapTo(Integer.class)
                .one());
    }

    @Test
    void ana_signs_in_with_her_handle_or_email_but_not_with_a_wrong_password() {
        SignIn signIn = new SignIn(db, accounts, (id, ip) -> {});
        assertThat(signIn.signIn("ana", OLD).id()).isEqualTo(ana.id());
        assertThat(signIn.signIn("@ANA", OLD).id()).isEqualTo(ana.id());
        assertThat(signIn.signIn("Ana@Example.org", OLD).id()).isEqualTo(ana.id());
        assertThatThrownBy(() -> signIn.signIn("ana", OLD + "x"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(401));
        // an unknown handle gets exactly the same answer as a wrong password
        assertThatThrownBy(() -> signIn.signIn("nobody", OLD))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.getMessage()).isEqualTo(SignIn.WRONG));
    }

    @Test
    void a_pending_or_suspended_account_is_told_why_only_with_the_right_password() {
        SignIn signIn = new SignIn(db, accounts, (id, ip) -> {});
        db.writeVoid(tx -> accounts.setState(tx, ana.id(), "pending"));
        assertThatThrownBy(() -> signIn.signIn("ana", OLD))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.getMessage()).contains("approval"));
        assertThatThrownBy(() -> signIn.signIn("ana", "wrong password here"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.getMessage()).isEqualTo(SignIn.WRONG));
        db.writeVoid(tx -> accounts.setState(tx, ana.id(), "suspended"));
        assertThatThrownBy(() -> signIn.signIn("ana", OLD))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.getMessage()).contains("suspended"));
    }

    @Test
    void ana_changes_her_password_and_every_other_session_and_token_ends() {
        long laptop = sessions.start(ana.id(), "laptop", "10.0.0.1").session().id();
        long phone = sessions.start(ana.id(), "phone", "10.0.0.2").session().id();
        Tokens.Issued app = tokens.issue(null, ana.id(), Set.of("read"));
        Tokens.Issued other = tokens.issue(null, ana.id(), Set.of("read"));
        new ChangePassword(db, accounts, sessions, tokens, (id, ip) -> {})
                .change(ana.id(), OLD, NEW, laptop, app.id(), "10.0.0.1");
        assertThat(sessions.ofAccount(ana.id()))
                .extracting(WebSessions.Session::id)
                .containsExactly(laptop);
        assertThat(tokens.ofAccount(ana.id())).extracting(Tokens.Token::id).containsExactly(app.id());
        assertThat(tokens.find(other.token()).orElseThrow().live()).isFalse();
        assertThat(new SignIn(db, accounts, (id, ip) -> {}).signIn("ana", NEW).id())
                .isEqualTo(ana.id());
        assertThat(outbox("account.credentials_revoked")).isEqualTo(1);
        assertThat(phone).isNotEqualTo(laptop);
    }

    @Test
    void a_wrong_current_password_or_a_weak_new_one_changes_nothing() {
        ChangePassword change = new ChangePassword(db, accounts, sessions, tokens, (id, ip) -> {});
        sessions.start(ana.id(), "phone", "10.0.0.2");
        assertThatThrownBy(() -> change.change(ana.id(), "not my password", NEW, 0, 0, "10.0.0.2"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("current_password"));
        assertThatThrownBy(() -> change.change(ana.id(), OLD, "short", 0, 0, "10.0.0.2"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("password"));
        assertThatThrownBy(() -> change.change(ana.id(), OLD, "qwerty123456", 0, 0, "10.0.0.2"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("password"));
        assertThat(sessions.ofAccount(ana.id())).hasSize(1);
        assertThat(new SignIn(db, accounts, (id, ip) -> {}).signIn("ana", OLD).id())
                .isEqualTo(ana.id());
        assertThat(outbox("account.credentials_revoked")).isZero();
    }

    @Test
    void ana_deletes_her_account_with_her_password_and_everything_ends() {
        DeleteAccount delete = new DeleteAccount(db, accounts, sessions, tokens, (id, ip) -> {});
        sessions.start(ana.id(), "phone", "10.0.0.2");
        Tokens.Issued t = tokens.issue(null, ana.id(), Set.of("read"));
        assertThatThrownBy(() -> delete.delete(ana.id(), "not my password", "10.0.0.2"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("password"));
        assertThat(db.<java.util.Optional<Account>>read(h -> accounts.byId(h, ana.id())))
                .isPresent();
        delete.delete(ana.id(), OLD, "10.0.0.2");
        assertThat(db.<java.util.Optional<Account>>read(h -> accounts.byId(h, ana.id())))
                .isEmpty();
        assertThat(sessions.ofAccount(ana.id())).isEmpty();
        assertThat(tokens.find(t.token())).isEmpty();
        assertThat(outbox("account.deleted")).isEqualTo(1);
    }
}
