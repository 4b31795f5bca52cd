package social.rapport.page;

import java.util.LinkedHashMap;
import java.util.Map;
import social.rapport.core.Problem;

/**
 * The values a person entered and what was wrong with them, for re-rendering a form. Passwords are
 * never put in here, so they are never sent back.
 */
public record Form(Map<String, String> values, Map<String, String> errors, String error) {
    public static final Form EMPTY = new Form(Map.of(), Map.of(), null);

    public static Form of(Map<String, String> values) {
        return new Form(Map.copyOf(values), Map.of(), null);
    }

    /** The form again with the problem's per-field messages, or its message when it names no field. */
    public Form with(Problem p) {
        if (p.fields().isEmpty()) return new Form(values, Map.of(), p.getMessage());
        return new Form(values, p.fields(), p.fields().size() > 1 ? "Please correct the fields below." : null);
    }

    public Form withError(String message) {
        return new Form(values, errors, message);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String errorOf(String field) {
        return errors.get(field);
    }

    /** Field values from a form post, leaving out the ones named (passwords). */
    public static Form entered(Map<String, java.util.List<String>> posted, String... keep) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String k : keep) {
            var l = posted.get(k);
            if (l != null && !l.isEmpty()) v.put(k, l.get(0));
        }
        return of(v);
    }
}
