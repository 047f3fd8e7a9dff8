package io.atlas4j.erd;

import java.util.Locale;

/** The text forms a diagram renders to; {@link #parse(String)} reads the CLI's {@code --format} word. */
public enum ErdFormat {
    MERMAID, DOT, HTML;

    /** {@return the format named {@code word}, case-insensitively ({@code mermaid}, {@code dot}, {@code html})} */
    public static ErdFormat parse(String word) {
        for (ErdFormat f : values()) if (f.name().equalsIgnoreCase(word.trim())) return f;
        throw new IllegalArgumentException("unknown diagram format \"" + word + "\": use mermaid, dot or html");
    }

    /** {@return the usual file extension, without the dot} */
    public String extension() {
        return this == MERMAID ? "mmd" : name().toLowerCase(Locale.ROOT);
    }
}
