package social.rapport.page;

import java.util.Map;

/**
 * The short texts a feature's pages show after a redirect, each chosen by a code in `?notice=` so no
 * text comes from the URL. Each pages class declares its own and hands them to the renderer.
 */
public record Notices(Map<String, String> texts) {
    public Notices {
        texts = Map.copyOf(texts);
    }
}
