package social.rapport.media;

import java.util.Map;

/**
 * Mastodon's MediaAttachment. `url` is null while a video or audio file is still being processed;
 * `remote_url`, `preview_remote_url` and `text_url` are always null here (no federation, no short
 * links). `meta` holds `original` and `small` (`width`, `height`, `size` "WxH", `aspect`, and for
 * video and audio `duration`, `frame_rate`) and `focus` (`x`, `y`).
 */
public record MediaEntity(
        String id,
        String type,
        String url,
        String previewUrl,
        String remoteUrl,
        String previewRemoteUrl,
        String textUrl,
        Map<String, Object> meta,
        String description,
        String blurhash) {}
