package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesNestedValuesThatParseBackEqual() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("quote\"and\\slash", "line1\nline2\ttab\u0001");
        inner.put("empty", List.of());
        inner.put("none", new LinkedHashMap<>());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "main");
        root.put("n", 42);
        root.put("ok", true);
        root.put("missing", null);
        root.put("items", Arrays.asList("a", inner, false));
        Object back = JsonReader.parse(Json.write(root));
        Map<String, Object> expected = new LinkedHashMap<>(root);
        expected.put("n", 42.0);
        assertThat(back).isEqualTo(expected);
    }

    @Test
    void keepsKeyOrderAndIndentsTwoSpaces() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", new ArrayList<>(List.of("x")));
        assertThat(Json.write(m)).isEqualTo("{\n  \"z\": 1,\n  \"a\": [\n    \"x\"\n  ]\n}");
    }

    @Test
    void namesAttributesInSnakeCase() {
        assertThat(SchemaJson.snake("SqliteWithoutRowId")).isEqualTo("sqlite_without_row_id");
        assertThat(SchemaJson.snake("IndexPredicate")).isEqualTo("index_predicate");
    }
}
