package social.rapport.relation;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.web.Params;

/** Request parsing the relationship routes share: id lists, pages and the Link header. */
public final class RelationWeb {
    private RelationWeb() {}

    public static AccountPage page(Context ctx) {
        Params q = Params.query(ctx);
        return AccountPage.of(q.integer("limit"), q.string("max_id"), q.string("since_id"), q.string("min_id"));
    }

    /** Account ids from `name[]`; a malformed one is a 422 naming the field. */
    public static List<Integer> ids(Params p, String name, int max) {
        List<Integer> out = new ArrayList<>();
        for (String s : p.list(name)) {
            long id = social.rapport.core.Ids.parse(s);
            if (id <= 0 || id > Integer.MAX_VALUE) throw Problem.invalid(name, name + " is not an account id: " + s);
            out.add((int) id);
        }
        if (out.size() > max) throw Problem.invalid(name, "At most " + max + " ids");
        return out;
    }

    /** One account id parameter; missing or malformed is a 422 naming the field. */
    public static int accountId(Params p, String name) {
        String s = p.string(name);
        long id = social.rapport.core.Ids.parse(s);
        if (s == null) throw Problem.invalid(name, name + " is required");
        if (id <= 0 || id > Integer.MAX_VALUE) throw Problem.invalid(name, name + " is not an account id: " + s);
        return (int) id;
    }

    /** Mastodon's Link header for the next and previous pages of an account list. */
    public static void link(Context ctx, List<Account> shown) {
        if (shown.isEmpty()) return;
        String base = ctx.url().replaceAll("\\?.*$", "");
        int last = shown.get(shown.size() - 1).id();
        int first = shown.get(0).id();
        ctx.header(
                "Link",
                "<" + base + "?max_id=" + last + ">; rel=\"next\", <" + base + "?min_id=" + first + ">; rel=\"prev\"");
    }
}
