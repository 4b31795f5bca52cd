package social.rapport.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of type {@code TestUsers.User} (or {@code int}, its id) that {@link RapportServer} fills with a
 * new active account whose handle is the field's name.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Person {
    String role() default "user";
}
