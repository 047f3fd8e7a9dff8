package io.atlas4j.migrate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration, so that Flyway's own {@code validate} accepts
 * the rows atlas4j writes: a CRC-32 over the file's lines, each without its line break, a leading
 * byte-order mark dropped, read as UTF-8.
 */
public final class FlywayChecksum {
    private FlywayChecksum() {
    }

    public static int of(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CRC32 crc = new CRC32();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
