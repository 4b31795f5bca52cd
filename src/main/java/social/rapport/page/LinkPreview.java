package social.rapport.page;

/** What a page's link-preview meta tags (Open Graph, Twitter card) say about the thing it shows. */
public record LinkPreview(String title, String description, String url) {}
