package social.rapport.page;

import social.rapport.status.StatusEntity;

/** Small readings of a post entity for the templates. */
public final class PostView {
    private PostView() {}

    public static boolean article(StatusEntity s) {
        return s.rapport() != null
                && "article".equals(s.rapport().kind())
                && s.rapport().title() != null;
    }

    /**
     * The body's HTML (already sanitized when the post was saved). For an article the entity's
     * content begins with its title as a heading; the partial shows the title itself, so it is left out.
     */
    public static String body(StatusEntity s) {
        String html = s.content();
        if (article(s) && html.startsWith("<h1>")) {
            int end = html.indexOf("</h1>");
            if (end >= 0) html = html.substring(end + "</h1>".length());
        }
        return EmojiHtml.html(html, s.emojis());
    }

    /** The author's name as HTML, with the custom emoji it uses drawn. */
    public static String nameHtml(StatusEntity s) {
        return EmojiHtml.text(shownName(s), s.account().emojis());
    }

    /** The thread page of a post. */
    public static String threadPath(StatusEntity s) {
        return "/@" + s.account().acct() + "/" + s.id();
    }

    public static String shownName(StatusEntity s) {
        String d = s.account().displayName();
        return d == null || d.isBlank() ? s.account().username() : d;
    }

    /** "2026-11-26 01:02" from the entity's ISO time. */
    public static String when(String iso) {
        return iso == null || iso.length() < 16
                ? String.valueOf(iso)
                : iso.substring(0, 16).replace('T', ' ');
    }

    /** The first words of a post as plain text (tags dropped, entities read), for a label; jte escapes it. */
    public static String excerpt(StatusEntity s) {
        String text = body(s).replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
        if (!s.spoilerText().isEmpty()) text = "Content warning: " + s.spoilerText();
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
