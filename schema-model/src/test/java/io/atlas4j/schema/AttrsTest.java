package io.atlas4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttrsTest {
    @Test
    void equalSetsAreEqualWhateverTheInsertionOrder() {
        Attrs a = Attrs.of(new Comment("c"), new Collation("NOCASE"));
        Attrs b = Attrs.of(new Collation("NOCASE"), new Comment("c"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.all()).isEqualTo(b.all());
    }

    @Test
    void holdsAtMostOneValuePerClass() {
        Attrs a = Attrs.of(new Comment("old")).with(new Comment("new"));
        assertThat(a.all()).containsExactly(new Comment("new"));
        assertThat(a.get(Comment.class)).contains(new Comment("new"));
    }

    @Test
    void lookupIsTypedAndAbsenceIsEmpty() {
        Attrs a = Attrs.of(new Charset("utf8mb4"));
        assertThat(a.get(Charset.class).map(Charset::name)).contains("utf8mb4");
        assertThat(a.get(Comment.class)).isEmpty();
        assertThat(a.has(Charset.class)).isTrue();
        assertThat(a.without(Charset.class)).isSameAs(Attrs.EMPTY);
        assertThat(a.without(Comment.class)).isSameAs(a);
    }

    @Test
    void withNeverMutatesTheReceiver() {
        Attrs a = Attrs.of(new Comment("x"));
        a.with(new Collation("BINARY"));
        assertThat(a.all()).containsExactly(new Comment("x"));
    }

    @Test
    void derivedAttributesAreKeptButNotCompared() {
        Attrs plain = Attrs.of(new Comment("c"));
        Attrs withDeps = plain.with(DependsOn.of(QualifiedName.of("app", "mood")));
        assertThat(withDeps).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(withDeps.get(DependsOn.class)).isPresent();
        assertThat(withDeps.all()).hasSize(2);
        assertThat(withDeps.stated()).containsExactly(new Comment("c"));
        assertThat(withDeps).isNotEqualTo(Attrs.of(new Comment("other"), DependsOn.of(QualifiedName.of("mood"))));
    }
}
