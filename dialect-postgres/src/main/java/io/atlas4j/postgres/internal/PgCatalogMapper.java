package io.atlas4j.postgres.internal;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.postgres.PgCompositeType;
import io.atlas4j.postgres.PgDomain;
import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgExclude;
import io.atlas4j.postgres.PgExcludes;
import io.atlas4j.postgres.PgExtension;
import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgIndexInclude;
import io.atlas4j.postgres.PgInheritedColumn;
import io.atlas4j.postgres.PgInherits;
import io.atlas4j.postgres.PgIndexMethod;
import io.atlas4j.postgres.PgMatchFull;
import io.atlas4j.postgres.PgMaterialized;
import io.atlas4j.postgres.PgNoInherit;
import io.atlas4j.postgres.PgNotValid;
import io.atlas4j.postgres.PgInvalidIndex;
import io.atlas4j.postgres.PgNullsNotDistinct;
import io.atlas4j.postgres.PgNullsOrder;
import io.atlas4j.postgres.PgOpClass;
import io.atlas4j.postgres.PgPartitionKey;
import io.atlas4j.postgres.PgPartitionOf;
import io.atlas4j.postgres.PgPolicy;
import io.atlas4j.postgres.PgRowSecurity;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgUniqueConstraint;
import io.atlas4j.postgres.PgUnlogged;
import io.atlas4j.postgres.internal.PgRows.Catalog;
import io.atlas4j.postgres.internal.PgRows.ColRow;
import io.atlas4j.postgres.internal.PgRows.ConRow;
import io.atlas4j.postgres.internal.PgRows.IdxRow;
import io.atlas4j.postgres.internal.PgRows.RelRow;
import io.atlas4j.postgres.internal.PgRows.SeqRow;
import io.atlas4j.postgres.internal.PgRows.TypeRow;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns catalog rows into schema records. Pure: no I/O, same rows give equal records. */
final class PgCatalogMapper {
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('(.+)'::regclass\\)$");

    private PgCatalogMapper() {
    }

    static Realm realm(Catalog c, InspectOptions options) {
        Map<String, List<RelRow>> rels = group(c.relations(), RelRow::schema);
        Map<String, List<ColRow>> cols = group(c.columns(), ColRow::schema);
        Map<String, List<ConRow>> cons = group(c.constraints(), ConRow::schema);
        Map<String, List<IdxRow>> idxs = group(c.indexes(), IdxRow::schema);
        Map<String, List<TypeRow>> types = group(c.types(), TypeRow::schema);
        Map<String, List<SeqRow>> seqs = group(c.sequences(), SeqRow::schema);
        List<Schema> schemas = new ArrayList<>();
        for (PgRows.SchemaRow s : c.schemas()) {
            String n = s.name();
            schemas.add(new SchemaMapping(n, types.getOrDefault(n, List.of()), seqs.getOrDefault(n, List.of()))
                    .schema(s, rels.getOrDefault(n, List.of()), cols.getOrDefault(n, List.of()),
                            cons.getOrDefault(n, List.of()), idxs.getOrDefault(n, List.of()), c, options));
        }
        return new Realm(schemas, Attrs.EMPTY);
    }

    /** The mapping of one schema: knows its user types and serial sequences. */
    private static final class SchemaMapping {
        private final String schema;
        private final List<TypeRow> typeRows;
        private final List<SeqRow> seqRows;
        private final PgTypes types;
        private final Map<String, io.atlas4j.schema.type.ColumnType> parsedTypes = new HashMap<>();
        private final Map<String, Optional<io.atlas4j.schema.Expr>> defaults = new HashMap<>(); // few distinct texts
        private final Map<String, String> serialSequences = new HashMap<>(); // table.column -> sequence
        private final Set<String> hiddenSequences = new HashSet<>();
        private final String quotedSchema;

        SchemaMapping(String schema, List<TypeRow> typeRows, List<SeqRow> seqRows) {
            this.schema = schema;
            this.quotedSchema = PgIdent.quote(schema);
            this.typeRows = typeRows;
            this.seqRows = seqRows;
            Map<String, String> kinds = new HashMap<>();
            for (TypeRow t : typeRows) {
                String kind = switch (t.type()) {
                    case "e" -> "enum";
                    case "d" -> "domain";
                    default -> "composite";
                };
                kinds.put(PgIdent.quote(t.name()), kind);
            }
            this.types = new PgTypes(kinds::get);
            for (SeqRow s : seqRows) {
                if ("i".equals(s.ownerDep())) hiddenSequences.add(s.name());
                if ("a".equals(s.ownerDep())) serialSequences.put(s.ownerTable() + "." + s.ownerColumn(), s.name());
            }
        }

        Schema schema(PgRows.SchemaRow row, List<RelRow> rels, List<ColRow> cols, List<ConRow> cons, List<IdxRow> idxs,
                      Catalog c, InspectOptions options) {
            Map<String, List<ColRow>> colsByTable = group(cols, ColRow::table);
            Map<String, List<ConRow>> consByTable = group(cons, ConRow::table);
            Map<String, List<IdxRow>> idxByTable = group(idxs, IdxRow::table);
            Map<String, IdxRow> idxByName = new HashMap<>();
            for (IdxRow i : idxs) idxByName.put(i.name(), i);
            Map<String, List<QualifiedName>> deps = new HashMap<>();
            for (PgRows.DepRow d : c.viewDependencies()) {
                if (!d.schema().equals(schema)) continue;
                deps.computeIfAbsent(d.view(), k -> new ArrayList<>()).add(qualified(d.refSchema(), d.refName()));
            }
            List<Table> tables = new ArrayList<>();
            List<View> views = new ArrayList<>();
            for (RelRow r : rels) {
                if (r.kind().equals("v") || r.kind().equals("m")) {
                    Attrs a = comment(Attrs.EMPTY, r.comment());
                    if (r.kind().equals("m")) {
                        List<String> defs = idxByTable.getOrDefault(r.name(), List.of()).stream()
                                .map(i -> unqualify(i.definition())).toList();
                        a = a.with(new PgMaterialized(defs));
                    }
                    views.add(new View(r.name(), viewDef(r.viewDef()), deps.getOrDefault(r.name(), List.of()), a));
                } else if (options.includesTable(r.name())) {
                    tables.add(table(r, colsByTable.getOrDefault(r.name(), List.of()),
                            consByTable.getOrDefault(r.name(), List.of()), idxByTable.getOrDefault(r.name(), List.of()), idxByName));
                }
            }
            List<SchemaObject> objects = new ArrayList<>();
            for (PgRows.ExtRow e : c.extensions()) {
                if (e.schema().equals(schema)) objects.add(new PgExtension(e.name(), comment(Attrs.EMPTY, e.comment())));
            }
            for (TypeRow t : typeRows) objects.add(type(t));
            for (SeqRow s : seqRows) {
                if (hiddenSequences.contains(s.name())) continue;
                Optional<String> owner = "a".equals(s.ownerDep()) ? Optional.of(s.ownerTable() + "." + s.ownerColumn()) : Optional.empty();
                var o = s.options();
                objects.add(new PgSequence(s.name(), s.type(), o.start(), o.increment(), o.min(), o.max(), o.cache(), o.cycle(),
                        owner, comment(Attrs.EMPTY, s.comment())));
            }
            for (PgRows.FuncRow f : c.functions()) {
                if (!f.schema().equals(schema)) continue;
                objects.add(new PgFunction(f.name() + "(" + f.args() + ")", switch (f.kind()) {
                    case "p" -> "procedure";
                    case "a" -> "aggregate";
                    default -> "function";
                },
                        f.result(), unqualifyRoutine(f.definition().strip()), comment(Attrs.EMPTY, f.comment())));
            }
            for (PgRows.TrigRow t : c.triggers()) {
                if (!t.schema().equals(schema) || !options.includesTable(t.table())) continue;
                objects.add(new Trigger(t.table() + "." + t.name(), t.table(), unqualify(t.definition()),
                        comment(Attrs.EMPTY, t.comment())));
            }
            for (PgRows.PolicyRow p : c.policies()) {
                if (!p.schema().equals(schema) || !options.includesTable(p.table())) continue;
                objects.add(new PgPolicy(p.table() + "." + p.name(), p.table(), p.name(), p.permissive(), p.command(), p.roles(),
                        Optional.ofNullable(p.using()), Optional.ofNullable(p.check()), Attrs.EMPTY));
            }
            // serial sequences used by their owning column's default are part of that column
            return new Schema(schema, tables, views, objects.stream().filter(o -> !(o instanceof PgSequence s && isSerial(s)))
                    .toList(), comment(Attrs.EMPTY, row.comment()));
        }

        private final Set<String> usedSerials = new HashSet<>();

        private boolean isSerial(PgSequence s) {
            return usedSerials.contains(s.name());
        }

        private Table table(RelRow r, List<ColRow> cols, List<ConRow> cons, List<IdxRow> idxs, Map<String, IdxRow> idxByName) {
            List<Column> columns = new ArrayList<>();
            for (ColRow col : cols) columns.add(column(col));
            Optional<Index> pk = Optional.empty();
            List<Index> indexes = new ArrayList<>();
            List<ForeignKey> fks = new ArrayList<>();
            List<Check> checks = new ArrayList<>();
            List<PgExclude> excludes = new ArrayList<>();
            for (ConRow k : cons) {
                Attrs a = comment(Attrs.EMPTY, k.comment());
                if (k.deferrable()) a = a.with(new Deferrable(k.deferred()));
                switch (k.type()) {
                    case "p" -> pk = Optional.of(index(idxByName.get(k.indexName()), a).withName(k.name()));
                    case "u" -> indexes.add(index(idxByName.get(k.indexName()), a.with(new PgUniqueConstraint())).withName(k.name()));
                    case "f" -> {
                        if ("f".equals(k.matchType())) a = a.with(new PgMatchFull());
                        if (!k.validated()) a = a.with(new PgNotValid());
                        fks.add(new ForeignKey(k.name(), k.columns(), qualified(k.refSchema(), k.refTable()), k.refColumns(),
                                action(k.onUpdate()), action(k.onDelete()), a));
                    }
                    case "c" -> {
                        if (k.noInherit()) a = a.with(new PgNoInherit());
                        if (!k.validated()) a = a.with(new PgNotValid());
                        checks.add(new Check(k.name(), checkExpr(k.definition()), a));
                    }
                    case "x" -> excludes.add(new PgExclude(k.name(), k.definition()));
                    default -> { }
                }
            }
            for (IdxRow i : idxs) {
                if (!i.constraint()) indexes.add(index(i, comment(Attrs.EMPTY, i.comment())));
            }
            Attrs attrs = comment(Attrs.EMPTY, r.comment());
            if ("u".equals(r.persistence())) attrs = attrs.with(new PgUnlogged());
            if (r.partKey() != null) attrs = attrs.with(new PgPartitionKey(r.partKey()));
            if (r.partition() && r.parent() != null) attrs = attrs.with(new PgPartitionOf(r.parent(), r.bound()));
            if (!excludes.isEmpty()) attrs = attrs.with(new PgExcludes(excludes));
            if (!r.inherits().isEmpty()) attrs = attrs.with(new PgInherits(r.inherits()));
            if (r.rowSecurity() || r.forceRowSecurity()) attrs = attrs.with(new PgRowSecurity(r.rowSecurity(), r.forceRowSecurity()));
            return new Table(r.name(), columns, pk, indexes, fks, checks, attrs);
        }

        private Column column(ColRow c) {
            Attrs a = comment(Attrs.EMPTY, c.comment());
            Optional<io.atlas4j.schema.Expr> def = Optional.empty();
            if (c.collation() != null) a = a.with(new Collation(c.collation()));
            if (!c.local()) a = a.with(new PgInheritedColumn());
            if ("s".equals(c.generated())) {
                a = a.with(new Generated(c.defaultExpr(), true));
            } else if (c.defaultExpr() != null) {
                String seq = serialSequences.get(c.table() + "." + c.name());
                Matcher m = NEXTVAL.matcher(c.defaultExpr());
                if (seq != null && m.matches() && unquoteSeq(m.group(1)).equals(seq)) {
                    a = a.with(new PgSerial(seq));
                    usedSerials.add(seq);
                } else {
                    def = defaults.computeIfAbsent(c.defaultExpr(), e -> Optional.of(Exprs.of(e)));
                }
            }
            if (!c.identity().isEmpty() && c.identitySeq() != null) {
                var s = c.identitySeq();
                a = a.with(new PgIdentity(c.identity().equals("a"), s.start(), s.increment(), s.min(), s.max(), s.cache(), s.cycle()));
            }
            // thousands of columns share a handful of type spellings: parse each once (types are immutable values)
            return new Column(c.name(), parsedTypes.computeIfAbsent(c.type(), t -> types.parse(unqualify(t))), !c.notNull(), def, a);
        }

        private String unquoteSeq(String ref) {
            String s = ref;
            String prefix = PgIdent.quote(schema) + ".";
            if (s.startsWith(prefix)) s = s.substring(prefix.length());
            return unquote(s);
        }

        private Index index(IdxRow i, Attrs attrs) {
            List<IndexPart> parts = new ArrayList<>();
            List<String> include = new ArrayList<>();
            for (int k = 0; k < i.parts().size(); k++) {
                String text = i.parts().get(k);
                if (k >= i.keys()) {
                    include.add(text);
                    continue;
                }
                int opt = k < i.options().size() ? i.options().get(k) : 0;
                boolean desc = (opt & 1) != 0;
                boolean nullsFirst = (opt & 2) != 0;
                Attrs pa = Attrs.EMPTY;
                if (nullsFirst != desc) pa = pa.with(new PgNullsOrder(nullsFirst));
                String opclass = k < i.opclasses().size() ? i.opclasses().get(k) : "";
                if (!opclass.isEmpty()) pa = pa.with(new PgOpClass(opclass));
                parts.add(i.attnums().get(k) != 0 ? new IndexPart.OfColumn(text, desc, pa)
                        : new IndexPart.OfExpr(text, desc, pa));
            }
            Attrs a = attrs;
            if (!i.method().equals("btree")) a = a.with(new PgIndexMethod(i.method()));
            if (!include.isEmpty()) a = a.with(new PgIndexInclude(include));
            if (i.predicate() != null) a = a.with(new IndexPredicate(i.predicate()));
            if (i.nullsNotDistinct()) a = a.with(new PgNullsNotDistinct());
            if (!i.valid()) a = a.with(new PgInvalidIndex());
            return new Index(i.name(), i.unique(), parts, a);
        }

        private SchemaObject type(TypeRow t) {
            Attrs a = comment(Attrs.EMPTY, t.comment());
            return switch (t.type()) {
                case "e" -> new PgEnum(t.name(), t.labels(), a);
                case "d" -> new PgDomain(t.name(), unqualify(t.baseType()), t.notNull(), Optional.ofNullable(t.defaultExpr()),
                        t.checks(), a);
                default -> new PgCompositeType(t.name(), t.fields().stream().map(this::unqualify).toList(), a);
            };
        }

        private QualifiedName qualified(String refSchema, String name) {
            return refSchema == null || refSchema.equals(schema) ? QualifiedName.of(name) : QualifiedName.of(refSchema, name);
        }

        /** Removes this schema's qualifier from catalog text, so that the same objects in another schema compare equal. */
        private String unqualify(String sql) {
            if (sql == null) return null;
            String q = quotedSchema + ".";
            if (sql.indexOf(q) < 0) return sql; // the common case: nothing to remove, no copies
            String s = sql.replace(" ON " + q, " ON ");
            if (s.startsWith(q)) s = s.substring(q.length());
            return s.replace(" " + q, " ");
        }

        private String unqualifyRoutine(String def) {
            String q = PgIdent.quote(schema) + ".";
            Matcher m = Pattern.compile("^CREATE OR REPLACE (FUNCTION|PROCEDURE) " + Pattern.quote(q)).matcher(def);
            return m.find() ? "CREATE OR REPLACE " + m.group(1) + " " + def.substring(m.end()) : def;
        }
    }

    static String viewDef(String def) {
        String d = def.strip();
        return d.endsWith(";") ? d.substring(0, d.length() - 1).strip() : d;
    }

    static String checkExpr(String definition) {
        String d = definition.strip();
        if (d.endsWith(" NOT VALID")) d = d.substring(0, d.length() - " NOT VALID".length());
        if (d.endsWith(" NO INHERIT")) d = d.substring(0, d.length() - " NO INHERIT".length());
        if (d.startsWith("CHECK (") && d.endsWith(")")) d = d.substring(7, d.length() - 1);
        return d;
    }

    static String unquote(String ident) {
        if (ident.length() >= 2 && ident.startsWith("\"") && ident.endsWith("\"")) {
            return ident.substring(1, ident.length() - 1).replace("\"\"", "\"");
        }
        return ident;
    }

    private static ReferenceAction action(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ReferenceAction.RESTRICT;
            case "c" -> ReferenceAction.CASCADE;
            case "n" -> ReferenceAction.SET_NULL;
            case "d" -> ReferenceAction.SET_DEFAULT;
            default -> ReferenceAction.NO_ACTION;
        };
    }

    private static Attrs comment(Attrs a, String text) {
        return text == null ? a : a.with(new Comment(text));
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
