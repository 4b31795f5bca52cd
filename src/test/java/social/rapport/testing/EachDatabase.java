package social.rapport.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class once per database, without a server: a {@code TestDb} field gets the database,
 * and a field whose type has a constructor taking a {@code TestDb} (such as a world of services over a
 * fresh database) gets a new one before each test, closed after it; when that type also has a
 * constructor taking a {@code TestDb} and another type of which the test holds a value in a field
 * (such as the limits a world runs with), that one is used. {@code @Person int} fields are
 * then made, in the order declared, by the first such field that is {@link People}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(RapportExtension.class)
public @interface EachDatabase {}
