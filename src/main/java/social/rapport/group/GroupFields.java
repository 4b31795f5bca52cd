package social.rapport.group;

import java.util.regex.Pattern;
import social.rapport.core.Problem;

/** The checks on what a group is given: its name, handle, description, rules, kind and setting. */
final class GroupFields {
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_]{1,30}");
    static final int NAME = 100;
    static final int DESCRIPTION = 2000;
    static final int RULES = 5000;

    private GroupFields() {}

    static String name(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) throw Problem.invalid("name", "A group needs a name");
        if (t.codePointCount(0, t.length()) > NAME) throw Problem.invalid("name", "At most " + NAME + " characters");
        return t;
    }

    static String handle(String s) {
        String t = s == null ? "" : s.strip();
        if (!HANDLE.matcher(t).matches()) {
            throw Problem.invalid("handle", "1 to 30 letters, digits or underscores");
        }
        return t;
    }

    static String text(String field, String s, int max) {
        String t = s == null ? "" : s.strip();
        if (t.codePointCount(0, t.length()) > max) throw Problem.invalid(field, "At most " + max + " characters");
        return t;
    }

    static Group.Kind kind(String s, Group.Kind fallback) {
        if (s == null || s.isBlank()) return fallback;
        return Group.Kind.parse(s.strip().toLowerCase())
                .orElseThrow(() -> Problem.invalid("kind", "A group is public, private or secret"));
    }

    static Group.MembersVisible visible(String s, Group.MembersVisible fallback) {
        if (s == null || s.isBlank()) return fallback;
        return Group.MembersVisible.parse(s.strip().toLowerCase())
                .orElseThrow(() -> Problem.invalid("members_visible", "The member list is shown to members or admins"));
    }
}
