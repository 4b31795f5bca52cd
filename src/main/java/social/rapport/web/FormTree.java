package social.rapport.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import social.rapport.core.Problem;

/**
 * Form field names in the bracket style Mastodon clients use, read into the tree a JSON body would
 * give: `source[privacy]=x` is {"source": {"privacy": "x"}}, `poll[options][]=a` is
 * {"poll": {"options": ["a"]}} and `fields_attributes[0][name]=n` is {"fields_attributes": {"0": {"name": "n"}}}.
 * An object whose keys are all indexes stands for a list ({@link #items}), as clients send lists
 * either way.
 */
final class FormTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern KEY = Pattern.compile("[^\\[\\]]+((\\[[^\\[\\]]*])*)");
    private static final Pattern INDEX = Pattern.compile("\\d{1,4}");
    private static final int MAX_DEPTH = 6;

    private FormTree() {}

    /** The tree under one top-level name, or null when no field starts with `name[`. */
    static JsonNode under(Map<String, List<String>> form, String name) {
        String prefix = name + "[";
        // Only the fields under this name, sorted so that the tree never depends on the map's order.
        TreeMap<String, List<String>> fields = new TreeMap<>();
        for (var e : form.entrySet()) if (e.getKey().startsWith(prefix)) fields.put(e.getKey(), e.getValue());
        ObjectNode holder = null;
        for (var e : fields.entrySet()) {
            String key = e.getKey();
            if (!KEY.matcher(key).matches()) throw bad(name);
            List<String> path = segments(key.substring(name.length()));
            if (path.size() > MAX_DEPTH) throw bad(name);
            path.add(0, name);
            if (holder == null) holder = NODES.objectNode();
            put(holder, path, e.getValue(), name);
        }
        return holder == null ? null : holder.get(name);
    }

    private static List<String> segments(String brackets) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < brackets.length()) {
            int close = brackets.indexOf(']', i);
            out.add(brackets.substring(i + 1, close));
            i = close + 1;
        }
        return out;
    }

    private static void put(ObjectNode holder, List<String> path, List<String> values, String name) {
        ObjectNode at = holder;
        for (int i = 0; i < path.size(); i++) {
            String seg = path.get(i);
            // `[]` is allowed only last, for a list of plain values.
            if (seg.isEmpty()) throw bad(name);
            JsonNode existing = at.get(seg);
            if (i == path.size() - 1) {
                if (existing != null) throw bad(name);
                at.put(seg, values.isEmpty() ? "" : values.get(0));
                return;
            }
            if (i == path.size() - 2 && path.get(i + 1).isEmpty()) {
                if (existing != null && !existing.isArray()) throw bad(name);
                ArrayNode list = existing != null ? (ArrayNode) existing : at.putArray(seg);
                values.forEach(list::add);
                return;
            }
            if (existing == null) existing = at.putObject(seg);
            if (!existing.isObject()) throw bad(name);
            at = (ObjectNode) existing;
        }
    }

    /**
     * The items of a list as clients send it: a JSON array or an object keyed by indexes (in index
     * order). Null when the node is no list.
     */
    static List<JsonNode> items(JsonNode node) {
        if (node == null) return null;
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
            return out;
        }
        if (!node.isObject()) return null;
        TreeMap<Integer, JsonNode> byIndex = new TreeMap<>();
        var it = node.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!INDEX.matcher(e.getKey()).matches()) return null;
            byIndex.put(Integer.parseInt(e.getKey()), e.getValue());
        }
        out.addAll(byIndex.values());
        return out;
    }

    private static Problem bad(String name) {
        return Problem.invalid(name, name + " has a malformed field name");
    }
}
