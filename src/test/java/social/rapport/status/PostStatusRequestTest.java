package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request that names no audience lists is a request with none chosen, never a crash later on. */
class PostStatusRequestTest {
    @Test
    void missing_audience_lists_read_as_empty_so_the_visibility_or_the_default_decides() {
        PostStatus.Request r =
                new PostStatus.Request("Hello", null, null, false, null, "public", null, null, null, null, null);
        assertThat(r.audience()).isEmpty();
        assertThat(r.audienceExcept()).isEmpty();
    }
}
