package social.rapport.relation.block;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's user domain blocks: `GET|POST|DELETE /api/v1/domain_blocks`. */
public final class DomainBlockRoutes implements Routes {
    private static final String PATH = "/api/v1/domain_blocks";
    private final DomainBlocks blocks;

    public DomainBlockRoutes(DomainBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(PATH, ctx -> {
            Viewer v = Web.user(ctx, "read:blocks");
            Params q = Params.query(ctx);
            DomainBlocks.Page page =
                    blocks.list(v.accountId(), bound(q, "max_id"), bound(q, "min_id", "since_id"), q.integer("limit"));
            link(ctx, page);
            ctx.json(page.domains());
        });
        r.post(PATH, ctx -> {
            Viewer v = Web.user(ctx, "write:blocks");
            blocks.block(v.accountId(), Params.of(ctx).string("domain"));
            ctx.json(Map.of());
        });
        r.delete(PATH, ctx -> {
            Viewer v = Web.user(ctx, "write:blocks");
            // Apps send the domain in the query or in a body; both are read.
            String domain = Params.of(ctx).string("domain");
            if (domain == null) domain = ctx.queryParam("domain");
            blocks.unblock(v.accountId(), domain);
            ctx.json(Map.of());
        });
    }

    private static long bound(Params q, String... names) {
        for (String name : names) {
            String s = q.string(name);
            if (s == null || s.isBlank()) continue;
            long id = Ids.parse(s.trim());
            if (id <= 0) throw Problem.invalid(name, name + " must be an id");
            return id;
        }
        return 0;
    }

    private static void link(Context ctx, DomainBlocks.Page page) {
        if (page.domains().isEmpty()) return;
        String base = ctx.url().replaceAll("\\?.*$", "");
        List<String> parts = new ArrayList<>();
        parts.add("<" + base + "?max_id=" + page.next() + ">; rel=\"next\"");
        parts.add("<" + base + "?min_id=" + page.prev() + ">; rel=\"prev\"");
        ctx.header("Link", String.join(", ", parts));
    }
}
