package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.MigratedDb;

@EachDatabase
class SignUpTest {
    static final String GOOD = "correct horse battery staple";

    MigratedDb migrated;
    Database db;
    Settings settings;
    SignUp signUp;
    AccountStore accounts = new AccountStore();

    @BeforeEach
    void open() {
        db = migrated.db();
        settings = new Settings(db);
        signUp = new SignUp(db, accounts, settings);
    }

    private int count() {
        return db.read(accounts::count);
    }

    @Test
    void ana_signs_up_and_her_password_is_stored_as_argon2id() {
        Account ana = signUp.signUp(new SignUp.Request("Ana", "ana@example.org", GOOD, true));
        assertThat(ana.handle()).isEqualTo("ana");
        assertThat(ana.active()).isTrue();
        String hash = db.read(h -> accounts.passwordHash(h, ana.id()));
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(Passwords.verify(GOOD, hash)).isTrue();
        assertThat(Passwords.verify(GOOD + "!", hash)).isFalse();
    }

    @Test
    void a_handle_is_unique_ignoring_case() {
        signUp.signUp(new SignUp.Request("ana", "ana@example.org", GOOD, true));
        assertThatThrownBy(() -> signUp.signUp(new SignUp.Request("ANA", "other@example.org", GOOD, true)))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("username"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void bad_handles_emails_and_passwords_are_refused_by_field_and_nothing_is_written() {
        assertThatThrownBy(() -> signUp.signUp(new SignUp.Request("ana-b", "nope", "short", true)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.fields()).containsKeys("username", "email", "password");
                });
        assertThatThrownBy(() -> signUp.signUp(new SignUp.Request("a".repeat(31), "a@example.org", GOOD, true)))
                .isInstanceOf(Problem.class);
        assertThatThrownBy(() -> signUp.signUp(new SignUp.Request("ana", "a@example.org", "x".repeat(129), true)))
                .isInstanceOf(Problem.class);
        assertThat(count()).isZero();
    }

    @Test
    void a_common_password_is_refused_even_when_long_enough() {
        assertThat(Passwords.commonCount()).isGreaterThanOrEqualTo(9_900);
        // one of the few entries of the shipped list that reach twelve characters
        assertThat(Passwords.problem("1q2w3e4r5t6y")).isEqualTo("Password is too common");
        assertThat(Passwords.problem("QwertyQwerty")).isEqualTo("Password is too common");
        assertThatThrownBy(() -> signUp.signUp(new SignUp.Request("ana", "ana@example.org", "qwerty123456", true)))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("password"));
        assertThat(count()).isZero();
    }

    @Test
    void the_registration_mode_decides_between_active_pending_and_refused() {
        settings.setRegistration(Settings.Registration.APPROVAL);
        Account ben = signUp.signUp(new SignUp.Request("ben", "ben@example.org", GOOD, true));
        assertThat(ben.state()).isEqualTo("pending");
        settings.setRegistration(Settings.Registration.CLOSED);
        assertThatThrownBy(() -> signUp.signUp(new SignUp.Request("cleo", "cleo@example.org", GOOD, true)))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(403));
        Account admin = signUp.createByOperator("root", "root@example.org", GOOD, "admin");
        assertThat(admin.admin()).isTrue();
        assertThat(admin.active()).isTrue();
    }
}
