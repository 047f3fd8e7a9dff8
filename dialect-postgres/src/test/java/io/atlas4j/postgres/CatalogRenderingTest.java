package io.atlas4j.postgres;

import io.atlas4j.postgres.CatalogRendering.Entry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalizer of the catalog rendering: what it takes out (names the server makes up) and what it keeps. */
class CatalogRenderingTest {
    private static SortedMap<String, String> norm(Entry... entries) {
        return CatalogRendering.normalize(List.of(entries));
    }

    private static List<String> diff(List<Entry> want, List<Entry> have) {
        return CatalogRendering.differences(CatalogRendering.normalize(want), CatalogRendering.normalize(have));
    }

    @Test
    void generatedConstraintNamesMatchByDefinition() {
        List<Entry> want = List.of(new Entry("constraint", "public.t", "t_a_check", "CHECK ((a > 0)) comment="));
        List<Entry> have = List.of(new Entry("constraint", "public.t", "t_a_check1", "CHECK ((a > 0)) comment="));
        assertThat(diff(want, have)).isEmpty();
    }

    @Test
    void userNamedConstraintsMatchByName() {
        List<Entry> want = List.of(new Entry("constraint", "public.t", "positive", "CHECK ((a > 0)) comment="));
        List<Entry> have = List.of(new Entry("constraint", "public.t", "a_positive", "CHECK ((a > 0)) comment="));
        assertThat(diff(want, have)).hasSize(2).anySatisfy(d -> assertThat(d).startsWith("missing").contains("positive"))
                .anySatisfy(d -> assertThat(d).startsWith("unwanted").contains("a_positive"));
    }

    @Test
    void generatedIndexNamesAreTakenOutOfTheDefinition() {
        List<Entry> want = List.of(new Entry("index", "public.users", "users_email_key",
                "CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email) valid=true comment="));
        List<Entry> have = List.of(new Entry("index", "public.users", "users_email_key1",
                "CREATE UNIQUE INDEX users_email_key1 ON public.users USING btree (email) valid=true comment="));
        assertThat(diff(want, have)).isEmpty();
        assertThat(norm(want.get(0)).keySet()).singleElement().asString()
                .isEqualTo("index public.users ~ CREATE UNIQUE INDEX <generated> ON public.users USING btree (email) valid=true comment=");
    }

    @Test
    void aDifferentDefinitionOrCommentIsADifference() {
        List<Entry> want = List.of(new Entry("index", "public.t", "t_a_idx", "CREATE INDEX t_a_idx ON public.t USING btree (a) valid=true comment="));
        List<Entry> have = List.of(new Entry("index", "public.t", "t_a_idx",
                "CREATE INDEX t_a_idx ON public.t USING btree (a) WITH (fillfactor='70') valid=true comment="));
        assertThat(diff(want, have)).hasSize(2);
        List<Entry> named = List.of(new Entry("constraint", "public.t", "pos", "CHECK ((a > 0)) comment=why"));
        List<Entry> uncommented = List.of(new Entry("constraint", "public.t", "pos", "CHECK ((a > 0)) comment="));
        assertThat(diff(named, uncommented)).singleElement().asString().startsWith("differs").contains("comment=why");
    }

    @Test
    void ownedSequencesAreKeyedByTheirColumn() {
        List<Entry> want = List.of(
                new Entry("sequence", "public.t.id", "public.t_id_seq", "type=integer start=1 owned=a comment="),
                new Entry("column", "public.t", "id", "type=integer notnull=true default=nextval('t_id_seq'::regclass) identity="));
        List<Entry> have = List.of(
                new Entry("sequence", "public.t.id", "public.t_id_seq1", "type=integer start=1 owned=a comment="),
                new Entry("column", "public.t", "id", "type=integer notnull=true default=nextval('t_id_seq1'::regclass) identity="));
        assertThat(diff(want, have)).isEmpty();
        assertThat(norm(want.toArray(new Entry[0]))).containsEntry("column public.t.id",
                "type=integer notnull=true default=nextval(<owned sequence>) identity=");
    }

    @Test
    void aSequenceOfAnotherColumnOrNoneKeepsItsName() {
        List<Entry> want = List.of(
                new Entry("sequence", "", "public.shared", "type=bigint owned= comment="),
                new Entry("column", "public.t", "id", "type=integer default=nextval('shared'::regclass)"));
        List<Entry> have = List.of(
                new Entry("sequence", "", "public.shared2", "type=bigint owned= comment="),
                new Entry("column", "public.t", "id", "type=integer default=nextval('shared2'::regclass)"));
        assertThat(diff(want, have)).hasSize(3);
        List<Entry> wrongType = List.of(
                new Entry("sequence", "public.t.id", "public.t_id_seq", "type=bigint start=1 owned=a comment="));
        assertThat(diff(want.subList(0, 0), wrongType)).hasSize(1);
        assertThat(diff(List.of(new Entry("sequence", "public.t.id", "public.t_id_seq", "type=smallint start=1 owned=a comment=")),
                wrongType)).singleElement().asString().startsWith("differs   sequence owned by public.t.id");
    }

    @Test
    void nameShapesTheServerGenerates() {
        assertThat(CatalogRendering.generated("public.orders", "orders_pkey")).isTrue();
        assertThat(CatalogRendering.generated("public.orders", "orders_customer_id_fkey1")).isTrue();
        assertThat(CatalogRendering.generated("public.orders", "orders_lower_idx")).isTrue();
        assertThat(CatalogRendering.generated("public.orders", "orders_total_check")).isTrue();
        assertThat(CatalogRendering.generated("public.orders", "positive_total")).isFalse();
        assertThat(CatalogRendering.generated("public.orders", "pk_orders")).isFalse();
        assertThat(CatalogRendering.withoutName("CREATE INDEX \"T_a_idx\" ON public.\"T\" (a)", "T_a_idx"))
                .isEqualTo("CREATE INDEX <generated> ON public.\"T\" (a)");
        assertThat(CatalogRendering.withoutName("CREATE INDEX t_a_idx ON public.t_a_idx2 (a)", "t_a_idx"))
                .isEqualTo("CREATE INDEX <generated> ON public.t_a_idx2 (a)");
    }

    @Test
    void sameShapedGeneratedConstraintsStayDistinct() {
        SortedMap<String, String> m = norm(new Entry("constraint", "public.t", "t_a_check", "CHECK ((a > 0)) comment="),
                new Entry("constraint", "public.t", "t_a_check1", "CHECK ((a > 0)) comment="));
        assertThat(m).hasSize(2);
    }
}
