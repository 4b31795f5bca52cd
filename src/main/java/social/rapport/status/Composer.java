package social.rapport.status;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.core.Problem;

/** Checks a post's text and renders it: a short note as linked plain text, an article as Markdown. */
final class Composer {
    static final int MAX_NOTE = 500;
    static final int MAX_ARTICLE = 20_000;
    static final int MAX_TITLE = 200;
    static final int MAX_SPOILER = 500;

    record Composed(
            String title, String source, String html, String spoilerText, Set<Integer> mentions, List<String> tags) {}

    private final AccountStore accounts;
    private final String baseUrl;

    Composer(AccountStore accounts, String baseUrl) {
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** `hasMedia`: a short post with media may have no text. */
    Composed compose(Handle h, String text, String title, String spoiler, boolean hasMedia) {
        String body = text == null ? "" : text.strip();
        String sp = spoiler == null ? "" : spoiler.strip();
        if (sp.codePointCount(0, sp.length()) > MAX_SPOILER) {
            throw Problem.invalid("spoiler_text", "The content warning is longer than " + MAX_SPOILER + " characters");
        }
        boolean article = title != null;
        if (body.isEmpty() && !(hasMedia && !article)) throw Problem.invalid("status", "The post is empty");
        int length = body.codePointCount(0, body.length());
        if (article) {
            String t = title.strip();
            if (t.isEmpty()) throw Problem.invalid("title", "The article needs a title");
            if (t.codePointCount(0, t.length()) > MAX_TITLE) {
                throw Problem.invalid("title", "The title is longer than " + MAX_TITLE + " characters");
            }
            if (length > MAX_ARTICLE)
                throw Problem.invalid("status", "The article is longer than " + MAX_ARTICLE + " characters");
        } else if (length > MAX_NOTE) {
            throw Problem.invalid("status", "The post is longer than " + MAX_NOTE + " characters");
        }
        PostText.Names names = PostText.names(body);
        Map<String, String> known = new LinkedHashMap<>();
        Set<Integer> mentions = new LinkedHashSet<>();
        for (String handle : names.handles()) {
            accounts.byHandle(h, handle).filter(Account::active).ifPresent(a -> {
                known.put(handle, a.handle());
                mentions.add(a.id());
            });
        }
        String html = article ? ArticleHtml.html(body, known, baseUrl) : PostText.html(body, known, baseUrl);
        return new Composed(article ? title.strip() : null, body, html, sp, mentions, names.tags());
    }
}
