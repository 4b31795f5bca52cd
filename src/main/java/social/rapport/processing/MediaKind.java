package social.rapport.processing;

/** What an upload became, named as Mastodon's MediaAttachment `type` names it. */
public enum MediaKind {
    IMAGE("image"),
    /** An animated GIF, turned into a silent looping video as Mastodon does. */
    GIFV("gifv"),
    VIDEO("video"),
    AUDIO("audio");

    private final String mastodonType;

    MediaKind(String mastodonType) {
        this.mastodonType = mastodonType;
    }

    public String mastodonType() {
        return mastodonType;
    }
}
