package social.rapport.core;

/** Mastodon's CustomEmoji entity: an image an administrator uploaded, shown for `:shortcode:`. */
public record CustomEmoji(String shortcode, String url, String staticUrl, boolean visibleInPicker, String category) {}
