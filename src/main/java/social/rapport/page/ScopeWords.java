package social.rapport.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OAuth scopes in plain words, for the consent page: a person should know what they allow. */
public final class ScopeWords {
    private static final Map<String, String> TOP = Map.of(
            "read", "See everything in your account: profile, posts, followers, connections and notifications",
            "write", "Post, change and delete things in your account for you",
            "follow", "Follow, unfollow, block and mute people for you",
            "push", "Send you push notifications",
            "profile", "Know who you are (your public profile only)",
            "admin:read", "See this server's administration data",
            "admin:write", "Take moderation actions on this server for you");

    private ScopeWords() {}

    public static List<String> describe(Set<String> scopes) {
        List<String> out = new ArrayList<>();
        for (String s : scopes) out.add(describe(s));
        return out;
    }

    static String describe(String scope) {
        String top = TOP.get(scope);
        if (top != null) return top;
        int colon = scope.lastIndexOf(':');
        String thing = scope.substring(colon + 1);
        String verb = scope.startsWith("admin:read")
                ? "See this server's"
                : scope.startsWith("admin:write")
                        ? "Moderate this server's"
                        : scope.startsWith("read") ? "See your" : "Change your";
        return verb + " " + thing;
    }
}
