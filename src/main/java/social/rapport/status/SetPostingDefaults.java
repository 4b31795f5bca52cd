package social.rapport.status;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.account.PostingPrivacy;
import social.rapport.audience.Audience;
import social.rapport.audience.ReplyPolicy;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Shows and changes the audience and reply rule a person's new posts get when they choose none. */
public final class SetPostingDefaults implements PostingPrivacy {
    /** The answer: the chosen defaults and any warning about them. */
    public record View(
            List<String> audience,
            List<String> audienceExcept,
            String visibility,
            String replyPolicy,
            List<String> warnings) {}

    private final Database db;
    private final AccountStore accounts;
    private final PostingDefaults defaults;
    private final CircleOwners circles;

    public SetPostingDefaults(Database db, AccountStore accounts, PostingDefaults defaults, CircleOwners circles) {
        this.db = db;
        this.accounts = accounts;
        this.defaults = defaults;
        this.circles = circles;
    }

    @Override
    public String of(int accountId) {
        return show(accountId).visibility();
    }

    /** As `source[privacy]` in update_credentials: a plain visibility, without circles or exceptions. */
    @Override
    public void set(int accountId, String visibility) {
        String v = visibility == null ? "" : visibility.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("public") && !v.equals("unlisted") && !v.equals("private")) {
            throw Problem.invalid("source[privacy]", "privacy must be public, unlisted or private");
        }
        set(accountId, v, List.of(), List.of(), null);
    }

    @Override
    public Extras extras(int accountId) {
        return db.read(h -> h.createQuery("SELECT sensitive, language FROM posting_preferences WHERE account_id = :a")
                .bind("a", accountId)
                .map((rs, c) -> new Extras(rs.getBoolean(1), rs.getString(2)))
                .findOne()
                .orElse(Extras.NONE));
    }

    /**
     * One statement that changes only what is given, so two changes at once (one of `sensitive`,
     * one of `language`) can neither both insert nor undo each other.
     */
    @Override
    public void setExtras(int accountId, Boolean sensitive, String language) {
        if (sensitive == null && language == null) return;
        String l = language == null || language.isEmpty() ? null : language;
        db.writeVoid(tx -> tx.handle()
                .createUpdate("INSERT INTO posting_preferences (account_id, sensitive, language)"
                        + " VALUES (:a, :s, :l) ON CONFLICT (account_id) DO UPDATE SET"
                        + " sensitive = CASE WHEN :sset THEN :s ELSE posting_preferences.sensitive END,"
                        + " language = CASE WHEN :lset THEN :l ELSE posting_preferences.language END")
                .bind("a", accountId)
                .bind("s", sensitive != null && sensitive)
                .bind("sset", sensitive != null)
                .bind("l", l)
                .bind("lset", language != null)
                .execute());
    }

    public View show(int accountId) {
        return db.read(h -> {
            Account me = accounts.byId(h, accountId).orElseThrow(Problem::notFound);
            return view(defaults.of(h, me), me);
        });
    }

    public View set(int accountId, String visibility, List<String> audience, List<String> except, String replyPolicy) {
        return db.write(tx -> {
            Account me = accounts.byId(tx.handle(), accountId).orElseThrow(Problem::notFound);
            PostingDefaults.Defaults now = defaults.of(tx.handle(), me);
            Audience chosen = AudienceChoice.choose(
                    visibility, audience, except, now.audience(), accountId, circles, group -> false);
            ReplyPolicy rule = replyPolicy == null || replyPolicy.isBlank()
                    ? now.replyPolicy()
                    : ReplyPolicy.parse(replyPolicy)
                            .orElseThrow(() -> Problem.invalid("reply_policy", "Unknown reply policy: " + replyPolicy));
            PostingDefaults.Defaults d = new PostingDefaults.Defaults(chosen, rule);
            defaults.save(tx, accountId, d);
            return view(d, me);
        });
    }

    private static View view(PostingDefaults.Defaults d, Account me) {
        return new View(
                d.audience().grants().stream().map(g -> g.wire()).sorted().toList(),
                d.audience().exceptCircles().stream()
                        .sorted()
                        .map(c -> "circle:" + c)
                        .toList(),
                AudienceChoice.visibility(d.audience()),
                d.replyPolicy().wire(),
                AudienceChoice.warnings(d.audience(), me));
    }
}
