package social.rapport.page;

import java.util.ArrayList;
import java.util.List;
import social.rapport.status.StatusEntity;

/**
 * What the share action says about who can open a post's link, read from the post's audience as
 * its reader is shown it (to anyone but the author a circle is only "a circle", and exceptions are
 * not shown). A public post needs no words: anyone can open it.
 */
public final class ShareWords {
    private ShareWords() {}

    /** The sentence for a post; null for a public post. `own` when the viewer is its author. */
    public static String who(StatusEntity post, boolean own) {
        if (post.rapport() == null) return null;
        List<String> audience = post.rapport().audience();
        if (audience.contains("public")) return null;
        if (audience.contains("unlisted")) return "Anyone with the link can open it; it is not listed publicly.";
        if (audience.contains("only_me")) return "Only you can open this link.";
        String name = own ? null : PostView.shownName(post);
        List<String> parts = new ArrayList<>();
        if (audience.contains("followers")) parts.add(own ? "people who follow you" : "people who follow " + name);
        if (audience.contains("network")) {
            parts.add(own ? "your connections and their connections" : name + "'s connections and their connections");
        } else if (audience.contains("connections")) {
            parts.add(own ? "your connections" : name + "'s connections");
        }
        long circles = audience.stream().filter(g -> g.startsWith("circle")).count();
        if (circles > 0) {
            parts.add(
                    own
                            ? (circles == 1 ? "people in the circle you chose" : "people in the circles you chose")
                            : "people in a circle of " + name + "'s");
        }
        if (audience.stream().anyMatch(g -> g.startsWith("group"))) parts.add("members of the group");
        if (audience.contains("mentioned")) parts.add("the people mentioned in the post");
        if (parts.isEmpty()) return "Only some people can open this link.";
        StringBuilder s = new StringBuilder("Only ").append(join(parts));
        if (own && !post.rapport().audienceExcept().isEmpty()) s.append(", less the circles you left out,");
        return s.append(" can open this link.").toString();
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
