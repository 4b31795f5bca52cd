package social.rapport.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;
import social.rapport.account.AccountStore;
import social.rapport.status.poll.Polls;

/**
 * Renders a page of posts the viewer may see, with everything loaded for the whole page at once:
 * {@link StatusLoader} reads (the I/O), {@link StatusMapper} makes the entities and asks the
 * audience policy about each part that points elsewhere (no I/O).
 */
public final class StatusViews {
    private final StatusLoader loader;
    private final StatusMapper mapper;

    /** Renders posts without their polls (for an imagined viewer, who has no votes to show). */
    public StatusViews(StatusAccess access, AccountStore accounts, String baseUrl) {
        this(access, accounts, baseUrl, null);
    }

    /** Renders posts with their polls, as the viewer sees them (their own votes, totals if shown). */
    public StatusViews(StatusAccess access, AccountStore accounts, String baseUrl, Polls polls) {
        this.loader = new StatusLoader(access, accounts, polls);
        this.mapper = new StatusMapper(access.policy(), baseUrl);
    }

    /** Renders posts already checked as visible (through {@link StatusAccess}); keeps their order. */
    public List<StatusEntity> render(Handle h, int viewer, List<Status> visible) {
        if (visible.isEmpty()) return List.of();
        StatusLoader.Loaded page = loader.load(h, viewer, visible);
        List<Status> quoted = mapper.shownQuotes(viewer, loader.quoted(h, page));
        Map<Long, StatusEntity> quotes = new HashMap<>();
        if (!quoted.isEmpty()) {
            for (StatusEntity e : mapper.map(viewer, quoted, loader.load(h, viewer, quoted), Map.of(), true)) {
                quotes.put(Long.parseLong(e.id()), e);
            }
        }
        return mapper.map(viewer, visible, page, quotes, false);
    }

    /**
     * The account as shown on a post. Made from the whole stored row, which is also the key: a row
     * that changed in any way is a different key, so a kept entity is never out of date.
     */
    public AccountEntity account(Account a) {
        return mapper.account(a);
    }

    public List<AccountEntity> accounts(Handle h, Collection<Integer> ids) {
        Map<Integer, Account> byId = loader.accounts(h, ids);
        List<AccountEntity> out = new ArrayList<>();
        for (int id : ids) if (byId.containsKey(id)) out.add(mapper.account(byId.get(id)));
        return out;
    }

    /** The history of a post the viewer may see: every version, oldest first. */
    public List<StatusEntity.Edit> history(Handle h, Status s) {
        return mapper.history(s, loader.author(h, s), loader.versions(h, s));
    }
}
