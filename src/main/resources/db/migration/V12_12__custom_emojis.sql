-- Custom emoji that administrators upload: `:shortcode:` in posts, display names and bios shows the
-- image. Shortcodes are unique whatever their case; `file` is the stored image's name.
CREATE TABLE custom_emojis (
    shortcode VARCHAR(30) PRIMARY KEY,
    shortcode_lower VARCHAR(30) NOT NULL UNIQUE,
    file VARCHAR(100) NOT NULL,
    category VARCHAR(50),
    visible_in_picker BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL
);
