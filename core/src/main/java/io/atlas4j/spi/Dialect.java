package io.atlas4j.spi;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.plan.Planner;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database dialect, composed of small focused parts. A dialect implements the four it cannot do
 * without (its {@link Connector}, {@link Inspector}, {@link Planner} and {@link TypeCodec}) and
 * overrides the defaults of the rest where its database differs. Found by
 * {@link java.util.ServiceLoader} or created explicitly ({@code SqliteDialect.create()}). Version
 * and flavor are decided once, at construction or in {@link #forConnection}, never re-checked
 * inside a part.
 */
public interface Dialect {
    /** {@return a short lower-case name, such as {@code "sqlite"} or {@code "postgres"}} */
    String name();

    /** {@return a dialect tuned to the server behind the connection (version, flavor); this one by default} */
    default Dialect forConnection(Connection connection) throws SQLException {
        return this;
    }

    /** {@return how URLs map to JDBC and which databases this dialect handles} */
    Connector connector();

    /** {@return the catalog reader} */
    Inspector inspector();

    /** {@return the planner that turns changes into this dialect's DDL} */
    Planner planner();

    /** {@return how the dialect's type spellings map to the model} */
    TypeCodec types();

    /** {@return the questions the differ asks about equivalent spellings; the generic answers by default} */
    default DiffHooks diffHooks() {
        return DiffHooks.GENERIC;
    }

    /** {@return how scripts split into statements and identifiers are quoted; ANSI by default} */
    default SqlSyntax syntax() {
        return SqlSyntax.ANSI;
    }

    /** {@return what applying a plan needs: hooks around it, the schema lock, transactional DDL} */
    default Execution execution() {
        return Execution.DEFAULT;
    }

    /** {@return where desired SQL is loaded: none of its own by default, so a dev database URL is needed} */
    default DevDatabases devDatabases() {
        return DevDatabases.NONE;
    }

    /** {@return the dialect's lint analyzers (lock and rewrite hazards) and its row-counting SQL} */
    default LintRules lint() {
        return LintRules.standard(syntax());
    }
}
