package io.atlas4j.offline.internal;

import java.util.List;
import java.util.Set;

/**
 * {@code DO} blocks that only create roles. Roles are the cluster's, not the schema's: a block whose body
 * does nothing but {@code CREATE ROLE}/{@code CREATE USER} and {@code GRANT}/{@code REVOKE}, guarded by
 * {@code IF [NOT] EXISTS} on {@code pg_roles}/{@code pg_user} or by a {@code duplicate_object} handler, with
 * {@code RAISE} messages, changes no schema object. Any other block is refused: what it runs is unknown offline.
 */
final class PgDoBlocks {
    /** Words a role-existence test may use: a query of the role catalogs and nothing else. */
    private static final Set<String> ROLE_QUERY = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "PG_ROLES", "PG_USER",
            "PG_CATALOG", "ROLNAME", "USENAME", "TRUE", "NULL", "IS");

    private PgDoBlocks() {
    }

    /** Checks a {@code DO [LANGUAGE plpgsql] body [LANGUAGE plpgsql]} statement, after {@code DO}; refuses any other block. */
    static void rolesOnly(Cursor c) {
        languagePlpgsql(c);
        Token body = c.next();
        if (body.kind() != Token.Kind.STRING || !body.text().startsWith("$")) throw new Unsupported("a DO block that is not dollar-quoted");
        languagePlpgsql(c);
        if (!c.done()) throw new Unsupported("the DO clause \"" + c.peek().text() + "\"");
        String text = body.text();
        String tag = text.substring(0, text.indexOf('$', 1) + 1);
        String inner = text.substring(tag.length(), text.length() - tag.length());
        Cursor b = new Cursor(inner, Lexer.tokens(inner, false));
        block(b);
        b.accept(";");
        if (!b.done()) throw new Unsupported("a DO block with statements after its END");
    }

    private static void languagePlpgsql(Cursor c) {
        if (c.accept("LANGUAGE")) {
            Token l = c.next();
            if (!l.name().equalsIgnoreCase("plpgsql")) throw new Unsupported("a DO block in language " + l.name());
        }
    }

    /** {@code BEGIN statements [EXCEPTION WHEN duplicate_object THEN statements] END} */
    private static void block(Cursor b) {
        if (b.at("DECLARE")) throw new Unsupported("a DO block with declarations");
        b.expect("BEGIN");
        statements(b, "END", "EXCEPTION");
        if (b.accept("EXCEPTION")) {
            do {
                b.expect("WHEN");
                Token condition = b.next();
                if (!condition.is("duplicate_object")) throw new Unsupported("a DO block handling " + condition.text());
                b.expect("THEN");
                statements(b, "END", "WHEN");
            } while (b.at("WHEN"));
        }
        b.expect("END");
    }

    private static void statements(Cursor b, String... stops) {
        while (!b.done() && !atAny(b, stops)) {
            statement(b);
            b.expect(";");
        }
    }

    private static boolean atAny(Cursor b, String... words) {
        for (String w : words) if (b.at(w)) return true;
        return false;
    }

    private static void statement(Cursor b) {
        if (b.accept("IF")) {
            condition(b);
            b.expect("THEN");
            statements(b, "ELSIF", "ELSE", "END");
            while (b.accept("ELSIF")) {
                condition(b);
                b.expect("THEN");
                statements(b, "ELSIF", "ELSE", "END");
            }
            if (b.accept("ELSE")) statements(b, "END");
            b.expect("END");
            b.expect("IF");
        } else if (b.at("CREATE", "ROLE") || b.at("CREATE", "USER") && !b.at("CREATE", "USER", "MAPPING") || b.at("GRANT") || b.at("REVOKE")) {
            // the role's options (LOGIN, PASSWORD, IN ROLE, ...) are the cluster's
            while (!b.done() && !b.at(";")) b.next();
        } else if (b.accept("EXECUTE")) {
            privilegesOnly(b);
        } else if (b.accept("RAISE")) {
            // without a level RAISE raises an exception, as RAISE EXCEPTION does
            Token level = b.peek();
            if (level == null || !List.of("DEBUG", "LOG", "INFO", "NOTICE", "WARNING").contains(level.upper())) {
                throw new Unsupported("a DO block that raises an exception");
            }
            while (!b.done() && !b.at(";")) b.next();
        } else if (b.at("NULL")) {
            b.next();
        } else if (b.at("BEGIN")) {
            block(b);
        } else {
            throw new Unsupported("a DO block that does more than create roles (\"" + (b.done() ? "" : b.peek().text()) + "\")");
        }
    }

    /**
     * {@code EXECUTE 'GRANT ...'} or {@code EXECUTE format('GRANT ... %I ...', args)}: a GRANT or REVOKE, outside the
     * schema model like those outside a block. Only {@code %I} and {@code %L} may be filled in, which quote what
     * they insert: the statement stays one GRANT or REVOKE whatever the arguments are.
     */
    private static void privilegesOnly(Cursor b) {
        boolean format = b.accept("format", "(");
        Token sql = b.next();
        if (sql.kind() != Token.Kind.STRING || !sql.text().startsWith("'")) throw new Unsupported("a DO block executing a statement built at run time");
        String text = sql.text().substring(1, sql.text().length() - 1).replace("''", "'");
        String head = text.stripLeading().toUpperCase(java.util.Locale.ROOT);
        if (!head.startsWith("GRANT ") && !head.startsWith("REVOKE ") || text.contains(";") || text.contains("$")) {
            throw new Unsupported("a DO block executing a statement other than GRANT or REVOKE");
        }
        if (format) {
            if (text.replace("%%", "").replaceAll("%[IL]", "").contains("%")) throw new Unsupported("a DO block formatting a statement with %s");
            while (b.accept(",")) {
                Token arg = b.next();
                if (!arg.isName() && arg.kind() != Token.Kind.STRING) throw new Unsupported("a DO block formatting a statement with an expression");
            }
            b.expect(")");
        } else if (text.contains("%")) {
            throw new Unsupported("a DO block executing a statement with %");
        }
    }

    /** {@code [NOT] EXISTS (SELECT ... FROM pg_roles ...)}, possibly combined with AND/OR. */
    private static void condition(Cursor b) {
        do {
            b.accept("NOT");
            b.expect("EXISTS");
            if (!b.at("(")) throw new Unsupported("a DO block condition other than EXISTS (SELECT ... FROM pg_roles)");
            int from = b.i;
            b.skipGroup();
            List<Token> query = b.t.subList(from + 1, b.i - 1);
            boolean roles = false;
            for (int k = 0; k < query.size(); k++) {
                Token x = query.get(k);
                boolean allowed = x.kind() == Token.Kind.STRING || x.kind() == Token.Kind.NUMBER
                        || x.kind() == Token.Kind.PUNCT && List.of("=", ".", "*", "(", ")").contains(x.text())
                        || x.kind() == Token.Kind.WORD && ROLE_QUERY.contains(x.upper());
                if (!allowed) throw new Unsupported("a DO block condition reading more than pg_roles (\"" + x.text() + "\")");
                roles |= x.is("pg_roles") || x.is("pg_user");
            }
            if (!roles || query.isEmpty() || !query.get(0).is("SELECT")) throw new Unsupported("a DO block condition other than EXISTS (SELECT ... FROM pg_roles)");
        } while (b.accept("AND") || b.accept("OR"));
    }
}
