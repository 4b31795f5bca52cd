package social.rapport.oracle;

import java.util.List;
import java.util.Set;

/** One step of a story, in the oracle's terms: accounts by number (1…n), posts by key. */
sealed interface Step {
    String describe();

    /** follow, unfollow, connect, disconnect, block, unblock, mute, lock, hide_connections (list to only_me). */
    record Relate(String verb, int a, int b) implements Step {
        public String describe() {
            return "@u" + a + " " + verb + (b == 0 ? "" : " @u" + b);
        }
    }

    record Circle(int owner, long circle, int member) implements Step {
        public String describe() {
            return "@u" + owner + " puts @u" + member + " in circle:" + circle;
        }
    }

    /** The owner puts the member on their one list (made on first use); refused unless they follow or are connected. */
    record ListMember(int owner, int member) implements Step {
        public String describe() {
            return "@u" + owner + " puts @u" + member + " on their list";
        }
    }

    /**
     * A post: `visibility` is Mastodon's word when the story uses it, else null and `grants` go
     * as audience[]. `replyTo`, `quoteOf` are post keys or -1.
     */
    record Publish(
            int key,
            int author,
            String visibility,
            Set<String> grants,
            Set<Long> except,
            Set<Integer> mentions,
            int replyTo,
            int quoteOf,
            String replyPolicy,
            Set<String> tags)
            implements Step {
        public String describe() {
            return "@u" + author + " posts #" + key + " to "
                    + (visibility != null ? "visibility=" + visibility : grants)
                    + (except.isEmpty() ? "" : " except " + except)
                    + (mentions.isEmpty() ? "" : " mentioning " + mentions)
                    + (replyTo >= 0 ? " replying to #" + replyTo : "") + (quoteOf >= 0 ? " quoting #" + quoteOf : "")
                    + (replyPolicy.equals("everyone") ? "" : " replies: " + replyPolicy)
                    + (Driver.quotePolicy(key).equals("public") ? "" : " quotes: " + Driver.quotePolicy(key))
                    + (tags.isEmpty() ? "" : " tags " + tags)
                    + (Driver.hasPoll(key) ? " with a poll" : "")
                    + (MediaAudit.photos(key) > 0 ? " with " + MediaAudit.photos(key) + " photo(s)" : "");
        }
    }

    /** reblog (making post `key`), unreblog, favourite, unfavourite, bookmark, unbookmark, pin, edit, delete. */
    record Act(String verb, int actor, int target, int key) implements Step {
        public String describe() {
            return "@u" + actor + " " + verb + "s #" + target + (verb.equals("reblog") ? " (as #" + key + ")" : "");
        }
    }

    /** The owner chooses posts (by key) for their introduction; any that is not their own is refused. */
    record Introduce(int owner, List<Integer> keys) implements Step {
        public String describe() {
            return "@u" + owner + " introduces themselves with " + keys;
        }
    }

    /** The account follows (or, `on` false, unfollows) a hashtag: its public posts come into their home. */
    record FollowTag(int account, String tag, boolean on) implements Step {
        public String describe() {
            return "@u" + account + (on ? " follows #" : " unfollows #") + tag;
        }
    }

    /** A post step taken out while shrinking a story: its key stays, as a post that never existed. */
    record Removed(int key) implements Step {
        public String describe() {
            return "";
        }
    }

    static String story(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps)
            if (!(s instanceof Removed)) b.append("  ").append(s.describe()).append('\n');
        return b.toString();
    }
}
