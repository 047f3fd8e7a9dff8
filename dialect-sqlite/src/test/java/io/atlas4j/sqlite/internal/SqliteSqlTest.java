package io.atlas4j.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Exprs;
import org.junit.jupiter.api.Test;

class SqliteSqlTest {
    @Test
    void defaultsNeedParenthesesUnlessLiteralOrKeyword() {
        assertThat(SqliteSql.defaultSql(Exprs.of("'x'"))).isEqualTo("'x'");
        assertThat(SqliteSql.defaultSql(Exprs.of("-1"))).isEqualTo("-1");
        assertThat(SqliteSql.defaultSql(Exprs.of("CURRENT_TIMESTAMP"))).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(SqliteSql.defaultSql(Exprs.of("\"abc\""))).isEqualTo("\"abc\"");
        assertThat(SqliteSql.defaultSql(Exprs.of("X'00ff'"))).isEqualTo("X'00ff'");
        assertThat(SqliteSql.defaultSql(Exprs.of("1+2"))).isEqualTo("(1+2)");
        assertThat(SqliteSql.defaultSql(Exprs.of("datetime('now')"))).isEqualTo("(datetime('now'))");
    }

    @Test
    void quotesIdentifiers() {
        assertThat(SqliteSql.q("a\"b")).isEqualTo("\"a\"\"b\"");
    }
}
