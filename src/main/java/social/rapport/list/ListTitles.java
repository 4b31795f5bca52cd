package social.rapport.list;

import social.rapport.core.Problem;

/** A list's title: required, trimmed, not longer than the limit. */
final class ListTitles {
    private ListTitles() {}

    static String check(String given, ListLimits limits) {
        String t = given == null ? "" : given.strip();
        if (t.isEmpty()) throw Problem.invalid("title", "Validation failed: Title can't be blank");
        if (t.codePointCount(0, t.length()) > limits.titleLength()) {
            throw Problem.invalid(
                    "title", "Validation failed: Title is too long (at most " + limits.titleLength() + " characters)");
        }
        return t;
    }
}
