package social.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.account.Passwords;
import social.rapport.account.Settings;
import social.rapport.store.Database;

/** The operator's commands, run in-process against a temporary SQLite database. */
class AdminCommandTest {
    static final String PASSWORD = "correct horse battery staple";
    InputStream stdin = System.in;
    String url;
    StringWriter out;
    StringWriter err;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void folder() throws Exception {
        url = "jdbc:sqlite:" + Files.createTempDirectory("rapport-cli").resolve("cli.db");
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
    }

    private Run run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--help")) {
            all.add("--db");
            all.add(url);
        }
        int code = new CommandLine(new Main())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Optional<Account> account(String handle) {
        try (Database db = Database.open(url, Clock.systemUTC())) {
            return db.read(h -> new AccountStore().byHandle(h, handle));
        }
    }

    private String hash(String handle) {
        try (Database db = Database.open(url, Clock.systemUTC())) {
            return db.read(h -> new AccountStore()
                    .passwordHash(h, account(handle).orElseThrow().id()));
        }
    }

    @Test
    void the_first_admin_is_made_from_the_command_line_with_the_password_read_from_stdin() {
        Run r = run(PASSWORD + "\n", "admin", "create-user", "root", "--email", "root@example.org", "--admin");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Created admin root");
        Account root = account("root").orElseThrow();
        assertThat(root.admin()).isTrue();
        assertThat(root.active()).isTrue();
        assertThat(Passwords.verify(PASSWORD, hash("root"))).isTrue();
    }

    @Test
    void a_weak_password_or_a_bad_role_is_refused_and_no_account_is_made() {
        Run weak = run("qwerty123456\n", "admin", "create-user", "ana", "--email", "ana@example.org");
        assertThat(weak.code()).isEqualTo(1);
        assertThat(weak.err()).contains("Password is too common");
        Run role = run(PASSWORD + "\n", "admin", "create-user", "ana", "--email", "ana@example.org", "--role", "king");
        assertThat(role.code()).isEqualTo(1);
        assertThat(role.err()).contains("Role must be");
        Run both = run(
                PASSWORD + "\n",
                "admin",
                "create-user",
                "ana",
                "--email",
                "ana@example.org",
                "--admin",
                "--role",
                "user");
        assertThat(both.code()).isEqualTo(2);
        Run none = run("", "admin", "create-user", "ana", "--email", "ana@example.org");
        assertThat(none.code()).isEqualTo(1);
        assertThat(account("ana")).isEmpty();
    }

    @Test
    void set_role_makes_ana_a_moderator_and_refuses_an_unknown_name() {
        run(PASSWORD + "\n", "admin", "create-user", "ana", "--email", "ana@example.org");
        assertThat(account("ana").orElseThrow().role()).isEqualTo("user");
        Run r = run("", "admin", "set-role", "ana", "moderator");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ana is now moderator");
        assertThat(account("ana").orElseThrow().role()).isEqualTo("moderator");
        assertThat(run("", "admin", "set-role", "nobody", "admin").code()).isEqualTo(1);
        assertThat(run("", "admin", "set-role", "ana", "emperor").err()).contains("Role must be");
        assertThat(account("ana").orElseThrow().role()).isEqualTo("moderator");
    }

    @Test
    void registration_mode_is_set_from_the_command_line() {
        assertThat(run("", "admin", "registration", "approval").code()).isZero();
        try (Database db = Database.open(url, Clock.systemUTC())) {
            assertThat(new Settings(db).registration()).isEqualTo(Settings.Registration.APPROVAL);
        }
        Run bad = run("", "admin", "registration", "sometimes");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("open, approval or closed");
    }

    @Test
    void every_admin_command_has_help() {
        for (String[] cmd : List.of(
                new String[] {"admin", "--help"},
                new String[] {"admin", "create-user", "--help"},
                new String[] {"admin", "set-role", "--help"},
                new String[] {"admin", "registration", "--help"})) {
            Run r = run("", cmd);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
        assertThat(run("", "admin", "create-user", "--help").out()).contains("--email", "--admin", "--role");
        assertThat(Path.of(url.substring("jdbc:sqlite:".length()))).doesNotExist();
    }
}
