package social.rapport.status.poll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import social.rapport.core.Problem;

/**
 * A poll as a client asks for one with a post (`poll[options][]`, `poll[expires_in]`,
 * `poll[multiple]`, `poll[hide_totals]`), checked against Mastodon's limits, which the instance
 * documents announce (configuration.polls).
 */
public record PollRequest(List<String> options, int expiresInSeconds, boolean multiple, boolean hideTotals) {
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 4;
    public static final int MAX_OPTION_CHARS = 50;
    public static final int MIN_EXPIRATION = 300;
    public static final int MAX_EXPIRATION = 2_629_746;

    /** Checks the limits; a request that passes can be stored as it is. */
    public PollRequest {
        options = List.copyOf(options);
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw bad("options", "A poll has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
        }
        for (String o : options) {
            if (o.isBlank()) throw bad("options", "A poll option cannot be empty");
            if (o.codePointCount(0, o.length()) > MAX_OPTION_CHARS) {
                throw bad("options", "A poll option has at most " + MAX_OPTION_CHARS + " characters");
            }
        }
        if (new HashSet<>(options).size() < options.size()) throw bad("options", "Poll options must differ");
        if (expiresInSeconds < MIN_EXPIRATION || expiresInSeconds > MAX_EXPIRATION) {
            throw bad(
                    "expires_in",
                    "A poll lasts " + MIN_EXPIRATION + " to " + MAX_EXPIRATION + " seconds (five minutes to a month)");
        }
    }

    /**
     * The poll in a request's `poll` value (a JSON object, or the tree bracketed form names give);
     * null when there is none. A poll without options is none (as apps send an empty poll).
     */
    public static PollRequest parse(JsonNode poll) {
        if (poll == null || poll.isNull()) return null;
        if (!poll.isObject()) throw bad("poll", "poll must be an object");
        List<String> options = options(poll.get("options"));
        if (options.isEmpty()) {
            if (poll.hasNonNull("expires_in")) throw bad("options", "A poll needs options");
            return null;
        }
        JsonNode expires = poll.get("expires_in");
        if (expires == null || expires.isNull() || expires.asText().isBlank()) {
            throw bad("expires_in", "A poll needs expires_in (seconds)");
        }
        return new PollRequest(options, seconds(expires), bool(poll, "multiple"), bool(poll, "hide_totals"));
    }

    private static List<String> options(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) n.forEach(items::add);
        else if (n.isObject()) {
            TreeMap<Integer, JsonNode> byIndex = new TreeMap<>();
            var it = n.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!e.getKey().matches("\\d{1,2}")) throw bad("options", "poll[options] must be a list");
                byIndex.put(Integer.parseInt(e.getKey()), e.getValue());
            }
            items.addAll(byIndex.values());
        } else throw bad("options", "poll[options] must be a list");
        if (items.size() > MAX_OPTIONS) {
            throw bad("options", "A poll has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
        }
        for (JsonNode i : items) {
            if (!i.isValueNode() || i.isNull()) throw bad("options", "Poll options must be strings");
            out.add(i.asText());
        }
        return out;
    }

    private static int seconds(JsonNode n) {
        if (!n.isValueNode()) throw bad("expires_in", "expires_in must be a whole number of seconds");
        try {
            return Integer.parseInt(n.asText().trim());
        } catch (NumberFormatException e) {
            throw bad("expires_in", "expires_in must be a whole number of seconds");
        }
    }

    private static boolean bool(JsonNode poll, String name) {
        JsonNode n = poll.get(name);
        if (n == null || n.isNull()) return false;
        if (n.isBoolean()) return n.booleanValue();
        if (!n.isValueNode()) throw bad(name, name + " must be true or false");
        return switch (n.asText().toLowerCase()) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no", "" -> false;
            default -> throw bad(name, name + " must be true or false");
        };
    }

    private static Problem bad(String field, String message) {
        return Problem.invalid("poll[" + field + "]", message);
    }
}
