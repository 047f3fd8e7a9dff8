package io.atlas4j.erd;

import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns a realm (the desired one, for a diff) and its marks into the sorted boxes and lines of a diagram. */
final class DiagramBuilder {
    private record Source(String schema, String name, Table table, View view) {
    }

    private DiagramBuilder() {
    }

    static ErdDiagram build(String title, Realm realm, Marks marks) {
        List<Source> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) if (seen.add(Marks.key(s.name(), t.name()))) sources.add(new Source(s.name(), t.name(), t, null));
            for (View v : s.views()) if (seen.add(Marks.key(s.name(), v.name()))) sources.add(new Source(s.name(), v.name(), null, v));
        }
        marks.droppedTables.forEach((k, t) -> {
            if (seen.add(k)) sources.add(new Source(k.substring(0, k.indexOf('\0')), t.name(), t, null));
        });
        marks.droppedViews.forEach((k, v) -> {
            if (seen.add(k)) sources.add(new Source(k.substring(0, k.indexOf('\0')), v.name(), null, v));
        });
        sources.sort(Comparator.comparing(Source::schema).thenComparing(Source::name));

        // Ids follow the sorted order, so equal models give equal output.
        Map<String, String> ids = new HashMap<>();
        Map<String, String> folded = new HashMap<>();
        List<ErdNode> nodes = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String id = "n" + i;
            String k = Marks.key(s.schema(), s.name());
            ids.put(k, id);
            folded.putIfAbsent(k.toLowerCase(Locale.ROOT), id);
            ErdMark mark = marks.table(s.schema(), s.name());
            if (s.table() != null) {
                nodes.add(new ErdNode(id, s.schema(), s.name(), ErdNode.Kind.TABLE, fields(k, s.table(), mark, marks), mark));
            } else {
                nodes.add(new ErdNode(id, s.schema(), s.name(), ErdNode.Kind.VIEW, List.of(), mark));
            }
        }

        List<ErdEdge> edges = new ArrayList<>();
        for (Source s : sources) {
            String k = Marks.key(s.schema(), s.name());
            String from = ids.get(k);
            ErdMark nodeMark = marks.table(s.schema(), s.name());
            if (s.table() != null) {
                for (ForeignKey fk : s.table().foreignKeys()) {
                    ErdMark mark = nodeMark == ErdMark.DROPPED ? ErdMark.DROPPED
                            : marks.foreignKeys.getOrDefault(k + '\0' + Marks.fkKey(fk), nodeMark == ErdMark.ADDED ? ErdMark.ADDED : ErdMark.UNCHANGED);
                    addFk(edges, s, fk, from, resolve(fk.refTable(), s.schema(), ids, folded), mark);
                }
                if (nodeMark != ErdMark.DROPPED) {
                    for (ForeignKey fk : marks.droppedForeignKeys.getOrDefault(k, List.of())) {
                        addFk(edges, s, fk, from, resolve(fk.refTable(), s.schema(), ids, folded), ErdMark.DROPPED);
                    }
                }
            } else {
                Set<String> targets = new HashSet<>();
                for (QualifiedName dep : s.view().dependsOn()) {
                    String to = resolve(dep, s.schema(), ids, folded);
                    if (to == null || to.equals(from) || !targets.add(to)) continue;
                    edges.add(new ErdEdge("", ErdEdge.Kind.VIEW_DEPENDENCY, from, to, dep.toString(), List.of(), List.of(),
                            true, false, false, nodeMark));
                }
            }
        }
        List<ErdEdge> numbered = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            ErdEdge e = edges.get(i);
            numbered.add(new ErdEdge("e" + i, e.kind(), e.from(), e.to(), e.name(), e.columns(), e.refColumns(),
                    e.manyChildren(), e.parentOptional(), e.identifying(), e.mark()));
        }

        Map<String, List<String>> bySchema = new TreeMap<>();
        for (ErdNode n : nodes) bySchema.computeIfAbsent(n.schema(), x -> new ArrayList<>()).add(n.id());
        List<ErdGroup> groups = new ArrayList<>();
        bySchema.forEach((name, members) -> {
            boolean inDesired = realm.schema(name).isPresent();
            groups.add(new ErdGroup(name, members, inDesired ? ErdMark.UNCHANGED : ErdMark.DROPPED));
        });
        return new ErdDiagram(title, groups, nodes, numbered);
    }

    private static void addFk(List<ErdEdge> edges, Source s, ForeignKey fk, String from, String to, ErdMark mark) {
        if (to == null) return; // the referenced table is outside what was inspected: nothing to point at
        Table t = s.table();
        boolean optional = false;
        for (String c : fk.columns()) optional |= t.column(c).map(Column::nullable).orElse(true);
        boolean unique = t.primaryKey().map(pk -> sameColumns(pk, fk.columns())).orElse(false)
                || t.indexes().stream().anyMatch(i -> i.unique() && sameColumns(i, fk.columns()));
        boolean identifying = t.primaryKey().map(pk -> fk.columns().stream().allMatch(pk::covers)).orElse(false);
        edges.add(new ErdEdge("", ErdEdge.Kind.FOREIGN_KEY, from, to, fk.name(), fk.columns(), fk.refColumns(),
                !unique, optional, identifying, mark));
    }

    private static boolean sameColumns(Index index, List<String> columns) {
        return index.columnNames().map(names -> new HashSet<>(names).equals(new HashSet<>(columns))).orElse(false);
    }

    private static String resolve(QualifiedName ref, String schema, Map<String, String> ids, Map<String, String> folded) {
        String k = Marks.key(ref.schema().orElse(schema), ref.name());
        String id = ids.get(k);
        return id != null ? id : folded.get(k.toLowerCase(Locale.ROOT));
    }

    private static List<ErdField> fields(String key, Table t, ErdMark tableMark, Marks marks) {
        Set<String> pk = new HashSet<>(t.primaryKey().flatMap(Index::columnNames).orElse(List.of()));
        Set<String> fk = new HashSet<>();
        for (ForeignKey f : t.foreignKeys()) fk.addAll(f.columns());
        Set<String> unique = new HashSet<>();
        for (Index i : t.indexes()) {
            // Only a single-column unique index makes that column unique by itself.
            if (i.unique()) i.columnNames().filter(n -> n.size() == 1).ifPresent(unique::addAll);
        }
        List<ErdField> out = new ArrayList<>();
        for (Column c : t.columns()) {
            ErdMark mark = tableMark == ErdMark.ADDED || tableMark == ErdMark.DROPPED ? tableMark
                    : marks.columns.getOrDefault(key + '\0' + c.name(), ErdMark.UNCHANGED);
            out.add(field(c, pk, fk, unique, mark));
        }
        if (tableMark != ErdMark.DROPPED) {
            for (Column c : marks.droppedColumns.getOrDefault(key, List.of())) {
                if (t.column(c.name()).isEmpty()) out.add(field(c, Set.of(), Set.of(), Set.of(), ErdMark.DROPPED));
            }
        }
        return out;
    }

    private static ErdField field(Column c, Set<String> pk, Set<String> fk, Set<String> unique, ErdMark mark) {
        boolean isPk = pk.contains(c.name());
        return new ErdField(c.name(), TypeLabels.of(c.type()), isPk, fk.contains(c.name()), unique.contains(c.name()) && !isPk,
                !c.nullable() || isPk, mark);
    }
}
