package social.rapport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.account.SetRole;
import social.rapport.account.Settings;
import social.rapport.account.SignUp;
import social.rapport.app.Config;
import social.rapport.core.Problem;
import social.rapport.store.Database;

@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Accounts and settings, for the operator.",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.SetRoleCommand.class, AdminCommand.Registration.class
        })
final class AdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens and migrates the database, runs the work, and turns a refusal into a message and exit code 1. */
    static int withDatabase(ServerOptions options, CommandSpec spec, Function<Database, String> work) {
        Config c = options.apply(Config.defaults());
        try (Database db = Database.open(c.jdbcUrl(), Clock.systemUTC())) {
            db.migrate();
            spec.commandLine().getOut().println(work.apply(db));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Problem p) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(p.getMessage());
            err.flush();
            return 1;
        }
    }

    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = "Create an active account. The password is asked on the terminal, or read from the"
                    + " first line of standard input when that is not a terminal.")
    static final class CreateUser implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ServerOptions options = new ServerOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "The handle: 1 to 30 of a-z, 0-9 and _")
        String name;

        @Option(names = "--email", required = true, description = "The account's email address")
        String email;

        @Option(names = "--admin", description = "Make the account an admin (same as --role admin)")
        boolean admin;

        @Option(names = "--role", paramLabel = "ROLE", description = "user, moderator or admin (default user)")
        String role;

        @Override
        public Integer call() throws IOException {
            if (admin && role != null && !role.equals("admin")) {
                spec.commandLine().getErr().println("--admin and --role " + role + " contradict each other");
                spec.commandLine().getErr().flush();
                return 2;
            }
            String chosen = admin ? "admin" : role == null ? "user" : role;
            String password = readPassword(spec);
            if (password == null) {
                spec.commandLine().getErr().println("No password given");
                spec.commandLine().getErr().flush();
                return 1;
            }
            return withDatabase(options, spec, db -> {
                Account a = new SignUp(db, new AccountStore(), new Settings(db))
                        .createByOperator(name, email, password, chosen);
                return "Created " + a.role() + " " + a.handle() + " (id " + a.id() + ")";
            });
        }
    }

    /** From the terminal without echo (typed twice), or the first line of standard input. */
    static String readPassword(CommandSpec spec) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || second == null) return null;
            try {
                if (!Arrays.equals(first, second)) throw Problem.invalid("password", "The passwords differ");
                return new String(first);
            } finally {
                Arrays.fill(first, ' ');
                Arrays.fill(second, ' ');
            }
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }

    @Command(
            name = "set-role",
            mixinStandardHelpOptions = true,
            description = "Give an account the role user, moderator or admin.")
    static final class SetRoleCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ServerOptions options = new ServerOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "The account's handle")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "user, moderator or admin")
        String role;

        @Override
        public Integer call() {
            return withDatabase(options, spec, db -> {
                Account a = new SetRole(db, new AccountStore()).set(name, role);
                return a.handle() + " is now " + a.role();
            });
        }
    }

    @Command(
            name = "registration",
            mixinStandardHelpOptions = true,
            description = "Who may sign up: open (anyone), approval (an admin approves each), or closed.")
    static final class Registration implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ServerOptions options = new ServerOptions();

        @Parameters(index = "0", paramLabel = "MODE", description = "open, approval or closed")
        String mode;

        @Override
        public Integer call() {
            return withDatabase(options, spec, db -> {
                Settings.Registration r = Settings.Registration.parse(mode)
                        .orElseThrow(() -> Problem.invalid("mode", "Mode must be open, approval or closed"));
                new Settings(db).setRegistration(r);
                return "Registration is now " + r.wire();
            });
        }
    }
}
