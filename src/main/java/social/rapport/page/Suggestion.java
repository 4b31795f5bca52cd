package social.rapport.page;

/** One entry of the composer's suggestions: the text inserted, and what is shown for it. */
public record Suggestion(String insert, String label, String detail) {}
