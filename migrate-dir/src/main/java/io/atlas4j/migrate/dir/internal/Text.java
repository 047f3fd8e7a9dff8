package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decoding migration files and cutting them into lines that keep their line endings. */
public final class Text {
    private Text() {
    }

    /** One line: its content without the line ending, the ending itself ("\n", "\r\n" or "" at the end), and its number. */
    public record Line(String content, String ending, int number) {
        public String raw() {
            return content + ending;
        }

        public boolean isBlank() {
            return content.isBlank();
        }
    }

    /**
     * {@return the file as text, or empty after recording a problem when it is not UTF-8} A
     * leading byte-order mark is dropped from the text (the hash still sees it).
     */
    public static Optional<String> decode(DirectoryEntry entry, List<DirectoryProblem> problems) {
        byte[] bytes = entry.bytes();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            problems.add(DirectoryProblem.atLine(DirectoryProblem.Kind.UNREADABLE, entry.name(), line,
                    "is not valid UTF-8 (byte " + (in.position() + 1) + ")", "save the file as UTF-8"));
            return Optional.empty();
        }
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** {@return the lines of {@code text}; joining their {@link Line#raw()} gives the text back} */
    public static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(new Line(text.substring(start), "", number));
                break;
            }
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(new Line(text.substring(start, end), text.substring(end, nl + 1), number++));
            start = nl + 1;
        }
        return lines;
    }

    /** {@return the lines joined back into text} */
    public static String join(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) b.append(l.raw());
        return b.toString();
    }
}
