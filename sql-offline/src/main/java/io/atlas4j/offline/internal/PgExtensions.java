package io.atlas4j.offline.internal;

import io.atlas4j.postgres.PgExtension;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Comment;
import java.util.List;
import java.util.Map;

/**
 * {@code CREATE EXTENSION} for the contrib extensions whose catalog entry is known without a server: the
 * version PostgreSQL installs when none is given (the control file's {@code default_version}, which
 * differs between majors), the comment the control file sets and the types the extension creates.
 * The major comes from the dialect ({@code PostgresDialect.forVersion}); other extensions and majors are refused.
 * The values are the control files' of each major's release branch (13 to 17), read from PostgreSQL's sources;
 * PostgreSQL 15's were checked on a server too.
 */
final class PgExtensions {
    /** The majors the table below covers. */
    static final int OLDEST = 13;
    static final int NEWEST = 17;

    /** One contrib extension: its comment, its default version in majors 13 to 17 and the types it creates. */
    record Known(String comment, List<String> defaults, List<String> types) {
        String defaultVersion(int major) {
            return defaults.get(major - OLDEST);
        }
    }

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("btree_gin", new Known("support for indexing common datatypes in GIN",
                    List.of("1.3", "1.3", "1.3", "1.3", "1.3"), List.of())),
            Map.entry("btree_gist", new Known("support for indexing common datatypes in GiST",
                    List.of("1.5", "1.6", "1.7", "1.7", "1.7"),
                    List.of("gbtreekey2", "gbtreekey4", "gbtreekey8", "gbtreekey16", "gbtreekey32", "gbtreekey_var"))),
            Map.entry("citext", new Known("data type for case-insensitive character strings",
                    List.of("1.6", "1.6", "1.6", "1.6", "1.6"), List.of("citext"))),
            Map.entry("cube", new Known("data type for multidimensional cubes",
                    List.of("1.4", "1.5", "1.5", "1.5", "1.5"), List.of("cube"))),
            Map.entry("hstore", new Known("data type for storing sets of (key, value) pairs",
                    List.of("1.7", "1.8", "1.8", "1.8", "1.8"), List.of("hstore", "ghstore"))),
            Map.entry("intarray", new Known("functions, operators, and index support for 1-D arrays of integers",
                    List.of("1.3", "1.5", "1.5", "1.5", "1.5"), List.of("query_int", "intbig_gkey"))),
            Map.entry("isn", new Known("data types for international product numbering standards",
                    List.of("1.2", "1.2", "1.2", "1.2", "1.2"),
                    List.of("ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"))),
            Map.entry("pg_trgm", new Known("text similarity measurement and index searching based on trigrams",
                    List.of("1.5", "1.6", "1.6", "1.6", "1.6"), List.of("gtrgm"))),
            Map.entry("pgcrypto", new Known("cryptographic functions",
                    List.of("1.3", "1.3", "1.3", "1.3", "1.3"), List.of())),
            Map.entry("tablefunc", new Known("functions that manipulate whole tables, including crosstab",
                    List.of("1.0", "1.0", "1.0", "1.0", "1.0"), List.of())),
            Map.entry("unaccent", new Known("text search dictionary that removes accents",
                    List.of("1.1", "1.1", "1.1", "1.1", "1.1"), List.of())),
            Map.entry("uuid-ossp", new Known("generate universally unique identifiers (UUIDs)",
                    List.of("1.1", "1.1", "1.1", "1.1", "1.1"), List.of())));

    /** Functions of an extension that expressions call, by name: all take no argument (uuid-ossp's generators). */
    private static final Map<String, Map<String, String>> FUNCTIONS = Map.of("uuid-ossp", Map.of(
            "uuid_generate_v1", "uuid", "uuid_generate_v1mc", "uuid", "uuid_generate_v4", "uuid", "uuid_nil", "uuid",
            "uuid_ns_dns", "uuid", "uuid_ns_url", "uuid", "uuid_ns_oid", "uuid", "uuid_ns_x500", "uuid"));

    /** {@return the overloads of function {@code name} that the extension creates: none, or one without arguments} */
    static List<PgExprPrinter.Routine> functions(String extension, String name) {
        String result = FUNCTIONS.getOrDefault(extension, Map.of()).get(name);
        return result == null ? List.of() : List.of(new PgExprPrinter.Routine(List.of(), result));
    }

    /** A parsed {@code CREATE EXTENSION}: the extension, the schema it goes to (null: the current one) and its types. */
    record Created(PgExtension extension, String schema, boolean ifNotExists, List<String> types) {}

    private PgExtensions() {
    }

    /** Reads {@code [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]}, after {@code CREATE EXTENSION}. */
    static Created create(Cursor c, int major) {
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        Token nt = c.next();
        if (!nt.isName()) throw new Unsupported("expected an extension name, found \"" + nt.text() + "\"");
        String name = nt.folded();
        c.accept("WITH");
        String schema = null;
        String version = null;
        while (!c.done()) {
            if (c.accept("SCHEMA")) {
                Token s = c.next();
                schema = s.folded();
            } else if (c.accept("VERSION")) {
                Token v = c.next();
                if (v.kind() == Token.Kind.STRING && v.text().startsWith("'")) version = v.text().substring(1, v.text().length() - 1).replace("''", "'");
                else if (v.isName()) version = v.name();
                else throw new Unsupported("the extension version " + v.text());
            } else if (c.accept("CASCADE")) {
                continue; // none of the known extensions requires another
            } else {
                throw new Unsupported("the extension clause \"" + c.peek().text() + "\"");
            }
        }
        Known k = KNOWN.get(name);
        if (k == null) throw new Unsupported("the extension " + name + " (its version and objects are the server's)");
        if (version == null) {
            if (major < OLDEST || major > NEWEST) throw new Unsupported("the default version of extension " + name + " in PostgreSQL " + major);
            version = k.defaultVersion(major);
        }
        return new Created(new PgExtension(name, version, Attrs.of(new Comment(k.comment()))), schema, ine, k.types());
    }
}
