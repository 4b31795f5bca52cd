package social.rapport.processing;

/** The pictures of a profile: cut from the centre of the upload to exactly this size. */
public enum ProfileShape {
    AVATAR(400, 400),
    HEADER(1500, 500);

    private final int width;
    private final int height;

    ProfileShape(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
