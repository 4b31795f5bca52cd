package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterMatcherTest {
    private static boolean finds(String keyword, boolean wholeWord, String text) {
        return FilterMatcher.pattern(keyword, wholeWord)
                .matcher(FilterMatcher.normal(text))
                .find();
    }

    @Test
    void whole_words_end_where_letters_of_any_script_end() {
        assertThat(finds("cat", true, "A Cat!")).isTrue();
        assertThat(finds("cat", true, "catalog")).isFalse();
        assertThat(finds("cat", false, "catalog")).isTrue();
        assertThat(finds("caf", true, "café")).isFalse();
        assertThat(finds("café", true, "CAFÉ au lait")).isTrue();
        assertThat(finds("über", true, "Überall")).isFalse();
        assertThat(finds("über", true, "alles Über uns")).isTrue();
        assertThat(finds("snake_case", true, "a snake_cased name")).isFalse();
    }

    @Test
    void a_keyword_that_starts_or_ends_with_a_sign_needs_no_boundary_there() {
        assertThat(finds("#rust", true, "love#rust")).isTrue();
        assertThat(finds("#rust", true, "#rustacean")).isFalse();
        assertThat(finds("c++", true, "I write C++.")).isTrue();
        // Characters with a meaning in patterns are taken literally.
        assertThat(finds("a.b", false, "axb")).isFalse();
    }

    @Test
    void text_is_searched_without_its_markup_and_with_references_decoded() {
        String plain = FilterMatcher.plain(
                "<p>Fish &amp; chips<br>at <a href=\"https://x.example/cat\">home</a> &#233;t&#xE9;</p>");
        assertThat(plain).isEqualTo("Fish & chips\nat home été\n");
        assertThat(finds("cat", false, plain)).isFalse();
        // Compatibility forms are normalised: a full-width keyword finds the plain word.
        assertThat(finds("ＣＡＴ", true, "my cat")).isTrue();
    }
}
