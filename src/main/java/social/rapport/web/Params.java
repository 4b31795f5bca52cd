package social.rapport.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.core.Problem;

/**
 * Request parameters as Mastodon clients send them: a JSON object body, a form body
 * (`application/x-www-form-urlencoded` or `multipart/form-data`, which give the same fields) or the
 * query string. Lists come as `name[]` or `name[0]` (form, query) or as JSON arrays; nested values as
 * `name[key]` (form) or JSON objects. Every body is read here, so each endpoint takes the same
 * parameters in every encoding. Wrong types are a 422 naming the field.
 */
public final class Params {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode json;
    private final Map<String, List<String>> form;

    private Params(JsonNode json, Map<String, List<String>> form) {
        this.json = json;
        this.form = form;
    }

    public static Params of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (type.startsWith("application/json")) {
            byte[] body = ctx.bodyAsBytes();
            if (body.length == 0) return new Params(JSON.createObjectNode(), Map.of());
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || !node.isObject())
                    throw Problem.badRequest("The request body must be a JSON object");
                return new Params(node, ctx.queryParamMap());
            } catch (IOException e) {
                throw Problem.badRequest("The request body is not valid JSON");
            }
        }
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            return new Params(null, merge(ctx.queryParamMap(), ctx.formParamMap()));
        }
        return new Params(null, ctx.queryParamMap());
    }

    /** Query parameters only (for GET). */
    public static Params query(Context ctx) {
        return new Params(null, ctx.queryParamMap());
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        var out = new java.util.HashMap<String, List<String>>(a);
        b.forEach((k, v) -> out.merge(k, v, (x, y) -> {
            var l = new ArrayList<>(x);
            l.addAll(y);
            return l;
        }));
        return out;
    }

    public boolean has(String name) {
        if (json != null && json.has(name)) return true;
        if (form.containsKey(name) || form.containsKey(name + "[]")) return true;
        return form.keySet().stream().anyMatch(k -> k.startsWith(name + "["));
    }

    /** A string or null when absent. */
    public String string(String name) {
        if (json != null && json.has(name)) {
            JsonNode n = json.get(name);
            if (n.isNull()) return null;
            if (!n.isValueNode()) throw Problem.invalid(name, name + " must be a string");
            return n.asText();
        }
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String string(String name, String fallback) {
        String v = string(name);
        return v == null ? fallback : v;
    }

    /** Mastodon booleans: true/false, 1/0, "on". Null when absent. */
    public Boolean bool(String name) {
        if (json != null && json.has(name)) {
            JsonNode n = json.get(name);
            if (n.isBoolean()) return n.booleanValue();
            if (n.isNull()) return null;
            // An object or array is no boolean; asText() would read it as "" and so as false.
            if (!n.isValueNode()) throw Problem.invalid(name, name + " must be true or false");
            return parseBool(name, n.asText());
        }
        String v = string(name);
        return v == null ? null : parseBool(name, v);
    }

    private static Boolean parseBool(String name, String v) {
        switch (v.toLowerCase()) {
            case "true", "1", "on", "yes" -> {
                return true;
            }
            case "false", "0", "off", "no", "" -> {
                return false;
            }
            default -> throw Problem.invalid(name, name + " must be true or false");
        }
    }

    /** An integer or null; a malformed one is a 422. */
    public Integer integer(String name) {
        String v = string(name);
        if (v == null || v.isEmpty()) return null;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw Problem.invalid(name, name + " must be a whole number");
        }
    }

    /** A list given as `name[]=a&name[]=b`, `name[0]=a&name[1]=b`, `name=a`, or a JSON array. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        if (json != null && (json.has(name) || json.has(name + "[]"))) {
            JsonNode n = json.has(name) ? json.get(name) : json.get(name + "[]");
            List<JsonNode> items = FormTree.items(n);
            if (items != null) {
                for (JsonNode e : items) {
                    if (!e.isValueNode() || e.isNull()) throw Problem.invalid(name, name + " must hold strings");
                    out.add(e.asText());
                }
            } else if (n.isValueNode() && !n.isNull()) {
                out.add(n.asText());
            } else if (!n.isNull()) {
                throw Problem.invalid(name, name + " must be a list");
            }
            return out;
        }
        List<String> a = form.get(name + "[]");
        if (a != null) out.addAll(a);
        List<String> b = form.get(name);
        if (b != null) out.addAll(b);
        JsonNode indexed = FormTree.under(form, name);
        if (indexed != null && !indexed.isArray()) {
            List<JsonNode> items = FormTree.items(indexed);
            if (items == null) throw Problem.invalid(name, name + " must be a list");
            for (JsonNode e : items) {
                if (!e.isValueNode()) throw Problem.invalid(name, name + " must hold strings");
                out.add(e.asText());
            }
        }
        return out;
    }

    /**
     * A list of small records (Mastodon's `media_attributes[]`): a JSON array of objects, indexed form
     * fields (`name[0][key]`), or Rails' `name[][key]` fields, whose n-th values make the n-th record.
     * Only the keys asked for are read; a value not given is null.
     */
    public List<Map<String, String>> records(String name, String... keys) {
        List<Map<String, String>> out = new ArrayList<>();
        boolean railsStyle = json == null && form.keySet().stream().anyMatch(k -> k.startsWith(name + "[]["));
        if (railsStyle) {
            int n = 0;
            for (String k : keys)
                n = Math.max(
                        n, form.getOrDefault(name + "[][" + k + "]", List.of()).size());
            for (int i = 0; i < n; i++) {
                Map<String, String> r = new java.util.HashMap<>();
                for (String k : keys) {
                    List<String> v = form.getOrDefault(name + "[][" + k + "]", List.of());
                    r.put(k, i < v.size() ? v.get(i) : null);
                }
                out.add(r);
            }
            return out;
        }
        List<JsonNode> items = FormTree.items(node(name));
        if (items == null) {
            if (has(name)) throw Problem.invalid(name, name + " must be a list");
            return out;
        }
        for (JsonNode item : items) {
            if (!item.isObject()) throw Problem.invalid(name, name + " must hold objects");
            Map<String, String> r = new java.util.HashMap<>();
            for (String k : keys) {
                JsonNode v = item.get(k);
                if (v != null && !v.isNull() && !v.isValueNode()) throw Problem.invalid(name, k + " must be a string");
                r.put(k, v == null || v.isNull() ? null : v.asText());
            }
            out.add(r);
        }
        return out;
    }

    /**
     * A structured parameter (such as fields_attributes or poll) as a JSON tree, from a JSON body or
     * from bracketed form names; null when absent.
     */
    public JsonNode node(String name) {
        if (json != null) return json.get(name);
        return FormTree.under(form, name);
    }
}
