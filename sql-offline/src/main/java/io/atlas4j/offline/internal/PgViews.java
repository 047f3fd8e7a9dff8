package io.atlas4j.offline.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * A view's query as PostgreSQL 15's {@code pg_get_viewdef(oid, true)} prints it (see {@link PgViewDeparser}):
 * one output column a line, columns qualified by their relation's name, each clause on a line of its own,
 * indented as the server indents them, expressions as {@link PgExprPrinter} prints them. What the deparser
 * does not model (LATERAL, functions or VALUES in FROM, window clauses) is {@link Unsupported}.
 */
final class PgViews {
    /** An output column of a relation. */
    record Col(String name, String type) {
    }

    /** The printed query and its output columns. */
    record Printed(String definition, List<Col> columns) {
    }

    private PgViews() {
    }

    /**
     * @param relation a (schema or null, name) of a table or view the SQL created to its columns, or null when there is none
     * @param inPath   whether a schema is on the search path (its relations are printed unqualified)
     * @param names    the view's column list, empty without one
     */
    static Printed print(String query, List<String> names, BiFunction<String, String, List<Col>> relation, Function<String, Boolean> inPath,
                         Function<String, String> userTypes, Function<String, String> typeLabel) {
        Statement st;
        try {
            st = CCJSqlParserUtil.parse(query);
        } catch (Exception | Error x) {
            throw new Unsupported("a view query JSqlParser cannot read");
        }
        if (!(st instanceof Select s)) throw new Unsupported("a view that is not a query");
        PgViewDeparser.Query q = new PgViewDeparser(relation, inPath, userTypes, typeLabel).view(s, names);
        return new Printed(q.sql(), q.columns());
    }
}
