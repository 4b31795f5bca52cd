package social.rapport.account.avatar;

import java.nio.file.Path;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.core.Problem;
import social.rapport.processing.AvProcessor;
import social.rapport.processing.MediaProcessing;
import social.rapport.processing.Processed;
import social.rapport.processing.ProfileShape;
import social.rapport.processing.Rendition;

/**
 * Profile pictures made by the media processing that attachments use (JPEG, PNG, WebP and GIF told
 * by their bytes, turned upright, cut from the centre, written anew without metadata); its refusals
 * name the request's field (`avatar`, `header`).
 */
public final class MediaProfileMaker implements ProfileImageMaker {
    /** Profile pictures never need the video processor. */
    private static final AvProcessor NO_AV = new AvProcessor() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Processed gif(Path upload, Path workDir) {
            throw Problem.unprocessable("Video processing is not used for profile pictures");
        }

        @Override
        public Processed av(Path upload, String sniffed, Path workDir) {
            throw Problem.unprocessable("Video processing is not used for profile pictures");
        }
    };

    private final MediaProcessing processing;

    public MediaProfileMaker() {
        this(new MediaProcessing(NO_AV));
    }

    public MediaProfileMaker(MediaProcessing processing) {
        this.processing = processing;
    }

    @Override
    public Rendition make(Path upload, Kind kind, String field, Path workDir) {
        ProfileShape shape = kind == Kind.AVATAR ? ProfileShape.AVATAR : ProfileShape.HEADER;
        try {
            return processing.profileImage(upload, shape, workDir).original();
        } catch (Problem p) {
            if (p.status() != 422) throw p;
            throw Problem.invalid(field, p.getMessage());
        }
    }
}
