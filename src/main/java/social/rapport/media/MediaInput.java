package social.rapport.media;

import social.rapport.core.Problem;

/** What a client may say of an upload: its description (alt text) and its focal point. */
final class MediaInput {
    static final int MAX_DESCRIPTION = 1500;

    private MediaInput() {}

    /** The description, stripped (null or blank: none); longer than 1,500 characters is a 422. */
    static String description(String raw) {
        if (raw == null) return null;
        String d = raw.strip();
        if (d.isEmpty()) return null;
        if (d.codePointCount(0, d.length()) > MAX_DESCRIPTION) {
            throw Problem.invalid("description", "The description is longer than " + MAX_DESCRIPTION + " characters");
        }
        return d;
    }

    /** Mastodon's focus "x,y", each from -1.0 to 1.0 (0,0 the centre); null or blank: null. */
    static double[] focus(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String[] parts = raw.split(",", -1);
        if (parts.length != 2) throw badFocus();
        try {
            double x = Double.parseDouble(parts[0].trim());
            double y = Double.parseDouble(parts[1].trim());
            if (!(x >= -1 && x <= 1 && y >= -1 && y <= 1)) throw badFocus();
            return new double[] {x, y};
        } catch (NumberFormatException e) {
            throw badFocus();
        }
    }

    private static Problem badFocus() {
        return Problem.invalid("focus", "focus must be two numbers from -1.0 to 1.0, as \"x,y\"");
    }
}
