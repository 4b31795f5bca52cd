package social.rapport.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class once per database (SQLite always, PostgreSQL as {@link Databases} finds it),
 * each run with a real server over a fresh database. The test declares what it wants as fields and
 * the harness fills those still empty before each test:
 *
 * <ul>
 *   <li>{@code TestDb}, {@code TestServer}, {@code Http}, {@code App}, {@code RelationServices}, {@code Scene};
 *   <li>{@code @Person User ana} or {@code @Person int ana}: an account named after the field, in the
 *       order declared;
 *   <li>{@code TestClock}: the server runs on it (the test may set the field itself to pick the start);
 *   <li>a field whose type has a constructor taking a {@code Scene} (a thin layer such as the browser
 *       tests' story) gets one built over this server.
 * </ul>
 *
 * A method annotated {@link ServerConfig} changes the server's configuration. Each test gets a fresh
 * server unless {@link #shared()} is set, for classes whose tests only read: then one server (and one
 * set of people) serves the whole class on each database, closed after its last test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(RapportExtension.class)
public @interface RapportServer {
    /** One server per class and database instead of one per test; only for tests that do not write. */
    boolean shared() default false;

    /** Only on SQLite (the browser tests, whose routes the page tests cover on both databases). */
    boolean sqliteOnly() default false;
}
