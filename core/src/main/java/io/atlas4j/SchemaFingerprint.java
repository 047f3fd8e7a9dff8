package io.atlas4j;

import io.atlas4j.schema.Index;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over a canonical rendering of an inspected schema: tables, views and objects sorted
 * by name, indexes, foreign keys and checks sorted by name; column order kept (it is part of the
 * table). The schema's own name is left out, so the same tables under another name match.
 */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

    /** {@return 64 lower-case hex digits} */
    public static String of(Schema schema) {
        return hex(canonical(schema).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return the fingerprint of several schemas (a whole database)} One schema hashes as
     * {@link #of(Schema)} does, so the two scopes agree on single-schema databases; several are
     * hashed by name.
     */
    public static String of(Realm realm) {
        if (realm.schemas().size() == 1) return of(realm.schemas().get(0));
        StringBuilder sb = new StringBuilder();
        for (Schema s : sorted(realm.schemas(), Schema::name)) sb.append("schema \"").append(s.name()).append("\" ").append(of(s)).append('\n');
        return hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the SHA-256 of {@code bytes} in hex} */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** {@return the text the fingerprint is computed from} */
    public static String canonical(Schema schema) {
        StringBuilder sb = new StringBuilder();
        sb.append("schema ").append(schema.attrs()).append('\n');
        for (Table t : sorted(schema.tables(), Table::name)) {
            Table c = t.withIndexes(sorted(t.indexes(), Index::name))
                    .withForeignKeys(sorted(t.foreignKeys(), f -> f.name() + f.columns()))
                    .withChecks(sorted(t.checks(), k -> k.name() + k.expr()));
            sb.append(c).append('\n');
        }
        for (View v : sorted(schema.views(), View::name)) sb.append(v).append('\n');
        for (SchemaObject o : sorted(schema.objects(), o -> o.kind() + " " + o.name())) sb.append(o).append('\n');
        return sb.toString();
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
