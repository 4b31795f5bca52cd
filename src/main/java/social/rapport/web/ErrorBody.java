package social.rapport.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Mastodon's error entity: {"error": "..."} and, for a 422, the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String error, Map<String, String> details) {
    public ErrorBody(String error) {
        this(error, Map.of());
    }
}
