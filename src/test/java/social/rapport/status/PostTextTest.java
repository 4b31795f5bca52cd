package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostTextTest {
    static final String BASE = "https://rapport.example";

    @Test
    void ana_mentions_ben_tags_her_post_and_links_a_page_and_the_rest_is_escaped() {
        String html = PostText.html(
                "Hi @Ben & <b>all</b> #Coffee https://example.org/a?b=1#frag\nbye", Map.of("ben", "ben"), BASE);
        assertThat(html)
                .contains("<a href=\"https://rapport.example/@ben\" class=\"u-url mention\">@<span>ben</span></a>")
                .contains("&amp; &lt;b&gt;all&lt;/b&gt;")
                .contains(
                        "<a href=\"https://rapport.example/tags/coffee\" class=\"mention hashtag\" rel=\"tag\">#<span>Coffee</span></a>")
                .contains(
                        "<a href=\"https://example.org/a?b=1#frag\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">")
                .contains("<br>bye")
                .doesNotContain("<b>");
        assertThat(PostText.names("Hi @Ben #Coffee #123 mail@ben.example https://x.example/#not")
                        .tags())
                .containsExactly("coffee");
        assertThat(PostText.names("Hi @Ben and @cleo").handles()).containsExactly("ben", "cleo");
    }

    @Test
    void an_unknown_handle_stays_plain_text_and_a_javascript_link_is_never_linked() {
        String html = PostText.html("@nobody javascript:alert(1) \"quoted\"", Map.of(), BASE);
        assertThat(html).isEqualTo("<p>@nobody javascript:alert(1) &quot;quoted&quot;</p>");
    }

    @Test
    void an_article_renders_markdown_with_raw_html_escaped_and_unsafe_links_neutralised() {
        String html = ArticleHtml.html(
                "# Title\n\nSome *emphasis* by @ben about #rust.\n\n<script>alert(1)</script>\n\n"
                        + "[click](javascript:alert(1)) and https://example.org\n\n`@ben in code`",
                Map.of("ben", "ben"),
                BASE);
        assertThat(html)
                .contains("<h1>Title</h1>")
                .contains("<em>emphasis</em>")
                .contains("href=\"https://rapport.example/&#64;ben\"")
                .contains("href=\"https://rapport.example/tags/rust\"")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("javascript:")
                .contains("href=\"https://example.org\"")
                .contains("<code>&#64;ben in code</code>")
                .doesNotContain("<code><a");
    }
}
