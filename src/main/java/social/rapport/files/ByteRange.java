package social.rapport.files;

/** One range of bytes, first to last inclusive, as an HTTP Range header asks for (RFC 9110 §14.1.2). */
record ByteRange(long first, long last) {
    /** A range the file cannot give: answered 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    long length() {
        return last - first + 1;
    }

    /**
     * The one range a `Range` header asks of a file of `size` bytes: null when the header is not one
     * this server honours (another unit, bad syntax, several ranges: the whole file is sent instead),
     * UNSATISFIABLE when the range starts past the end.
     */
    static ByteRange parse(String header, long size) {
        String h = header.trim();
        if (h.length() < 6 || !h.regionMatches(true, 0, "bytes=", 0, 6)) return null;
        String spec = h.substring(6).trim();
        if (spec.contains(",")) return null;
        int dash = spec.indexOf('-');
        if (dash < 0) return null;
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        if (a.isEmpty()) {
            Long n = number(b);
            if (n == null) return null;
            if (n == 0 || size == 0) return UNSATISFIABLE;
            return new ByteRange(Math.max(0, size - n), size - 1);
        }
        Long first = number(a);
        if (first == null) return null;
        Long last = b.isEmpty() ? Long.valueOf(Long.MAX_VALUE) : number(b);
        if (last == null || last < first) return null;
        if (first >= size) return UNSATISFIABLE;
        return new ByteRange(first, Math.min(last, size - 1));
    }

    /** The digits as a number (past 18 digits: as good as infinite), null when not all digits. */
    private static Long number(String s) {
        if (s.isEmpty()) return null;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        return s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s);
    }
}
