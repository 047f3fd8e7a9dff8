package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.hcl.HclVocabulary.AttributeInfo;
import io.atlas4j.hcl.HclVocabulary.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclVocabularyTest {
    private final HclVocabulary v = HclVocabulary.schema();

    @Test
    void blockTypesUnderAPath() {
        assertThat(v.blockTypes(List.of())).contains("schema", "table", "view", "variable").doesNotContain("column");
        assertThat(v.blockTypes(List.of("table")))
                .containsSubsequence("column", "primary_key", "index", "foreign_key", "check");
        assertThat(v.blockTypes(List.of("table", "index"))).containsExactly("on");
        assertThat(v.blockTypes(List.of("table", "nope"))).isEmpty();
        assertThat(v.blockTypes(List.of("function"))).containsExactly("arg");
        assertThat(v.isChecked(List.of("table"))).isTrue();
        assertThat(v.isChecked(List.of("function"))).isTrue();
        assertThat(v.isChecked(List.of("nope"))).isFalse();
        assertThat(v.isChecked(List.of("locals"))).isFalse(); // open: any attribute
    }

    @Test
    void attributesDependOnTheDialect() {
        List<String> column = List.of("table", "column");
        assertThat(v.attributes(column, HclDialect.MYSQL)).extracting(AttributeInfo::name).contains("type", "unsigned");
        assertThat(v.attributes(column, HclDialect.POSTGRES)).extracting(AttributeInfo::name).doesNotContain("unsigned");
        assertThat(v.attributes(column, HclDialect.SQLITE).get(0))
                .isEqualTo(new AttributeInfo("type", ValueKind.TYPE, true));
        assertThat(v.requiredAttributes(List.of("table", "foreign_key"), HclDialect.SQLITE))
                .containsExactly("columns", "ref_columns");
        assertThat(v.requiredAttributes(List.of("table"), HclDialect.MYSQL)).containsExactly("schema");
    }

    @Test
    void typeNamesPerDialect() {
        assertThat(HclVocabulary.typeNames(HclDialect.POSTGRES)).contains("jsonb", "int");
        assertThat(HclVocabulary.typeNames(HclDialect.SQLITE)).doesNotContain("jsonb");
        assertThat(HclVocabulary.typeNames(HclDialect.MYSQL)).contains("tinyint", "mediumint");
    }
}
