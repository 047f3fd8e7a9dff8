package io.atlas4j.erd;

import java.util.Locale;

/** How an element of a diff diagram compares with the current schema; plain diagrams are all {@link #UNCHANGED}. */
public enum ErdMark {
    UNCHANGED, ADDED, CHANGED, DROPPED;

    /** {@return the lower-case word used as a CSS class and in legends} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the one-character prefix that shows the mark without colour: {@code + ~ -} or nothing} */
    public String sign() {
        return switch (this) {
            case UNCHANGED -> "";
            case ADDED -> "+";
            case CHANGED -> "~";
            case DROPPED -> "-";
        };
    }
}
