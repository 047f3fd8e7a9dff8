package io.atlas4j.offline.internal;

/** Something in a statement the offline loader cannot model; the loader adds file, line and statement. */
final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
        super(what, null, false, false);
    }
}
