package social.rapport.account;

/** A plain-text bio as the HTML Mastodon clients expect: escaped, paragraphs and line breaks kept. */
public final class NoteHtml {
    private NoteHtml() {}

    public static String render(String text) {
        if (text == null || text.isBlank()) return "";
        StringBuilder b = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            b.append("<p>").append(escape(para).replace("\n", "<br>")).append("</p>");
        }
        return b.toString();
    }

    public static String escape(String s) {
        return social.rapport.web.Html.escape(s);
    }
}
