package io.atlas4j.migrate.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The {@code h1:} hashes the revision table keeps: SHA-256, base64, as atlas.sum writes them. */
final class Hashes {
    private Hashes() {
    }

    static String of(byte[] bytes) {
        try {
            return "h1:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
