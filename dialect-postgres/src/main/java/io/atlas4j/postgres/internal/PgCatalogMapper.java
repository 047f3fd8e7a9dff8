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
import io.atlas4j.postgres.PgRule;
import io.atlas4j.postgres.PgStorageParameters;
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
import io.atlas4j.schema.DependsOn;
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
    /** What initdb (and {@code CREATE DATABASE} from template1) gives schema public: not the user's comment. */
    static final String DEFAULT_PUBLIC_COMMENT = "standard public schema";

    private PgCatalogMapper() {
    }

    static Realm realm(Catalog c, InspectOptions options) {
        Map<String, List<RelRow>> rels = group(c.relations(), RelRow::schema);
        Map<String, List<ColRow>> cols = group(c.columns(), ColRow::schema);
        Map<String, List<ConRow>> cons = group(c.constraints(), ConRow::schema);
        Map<String, List<IdxRow>> idxs = group(c.indexes(), IdxRow::schema);
        Map<String, List<TypeRow>> types = group(c.types(), TypeRow::schema);
        Map<String, List<SeqRow>> seqs = group(c.sequences(), SeqRow::schema);
        // user types by oid, across the realm: what columns, domains, composites and routines are built on
        Map<Long, QualifiedName> userTypes = new HashMap<>();
        for (TypeRow t : c.types()) {
            userTypes.put(t.oid(), QualifiedName.of(t.schema(), t.name()));
            if (t.arrayOid() != 0) userTypes.put(t.arrayOid(), QualifiedName.of(t.schema(), t.name()));
        }
        for (RelRow r : c.relations()) if (r.rowType() != 0) userTypes.put(r.rowType(), QualifiedName.of(r.schema(), r.name()));
        List<Schema> schemas = new ArrayList<>();
        for (PgRows.SchemaRow s : c.schemas()) {
            String n = s.name();
            schemas.add(new SchemaMapping(n, types.getOrDefault(n, List.of()), seqs.getOrDefault(n, List.of()))
                    .schema(s, rels.getOrDefault(n, List.of()), cols.getOrDefault(n, List.of()),
                            cons.getOrDefault(n, List.of()), idxs.getOrDefault(n, List.of()), c, userTypes, options));
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
                      Catalog c, Map<Long, QualifiedName> userTypes, InspectOptions options) {
            Map<String, List<ColRow>> colsByTable = group(cols, ColRow::table);
            Map<String, List<ConRow>> consByTable = group(cons, ConRow::table);
            Map<String, List<IdxRow>> idxByTable = group(idxs, IdxRow::table);
            Map<String, IdxRow> idxByName = new HashMap<>();
            for (IdxRow i : idxs) idxByName.put(i.name(), i);
            Dependencies deps = new Dependencies(c.dependencies(), cols, c.functions(), userTypes);
            List<Table> tables = new ArrayList<>();
            List<View> views = new ArrayList<>();
            for (RelRow r : rels) {
                if (r.kind().equals("v") || r.kind().equals("m")) {
                    Attrs a = comment(Attrs.EMPTY, r.comment());
                    if (r.kind().equals("m")) {
                        List<IdxRow> rows = idxByTable.getOrDefault(r.name(), List.of());
                        Map<String, String> comments = new HashMap<>();
                        for (IdxRow i : rows) if (i.comment() != null) comments.put(i.name(), i.comment());
                        a = a.with(new PgMaterialized(rows.stream().map(i -> unqualify(i.definition())).toList(), comments));
                    }
                    views.add(new View(r.name(), viewDef(r.viewDef()), deps.of("view", r.name(), ""), a));
                } else if (options.includesTable(r.name())) {
                    tables.add(table(r, colsByTable.getOrDefault(r.name(), List.of()),
                            consByTable.getOrDefault(r.name(), List.of()), idxByTable.getOrDefault(r.name(), List.of()), idxByName, deps));
                }
            }
            List<SchemaObject> objects = new ArrayList<>();
            for (PgRows.ExtRow e : c.extensions()) {
                if (e.schema().equals(schema)) objects.add(new PgExtension(e.name(), e.version(), comment(Attrs.EMPTY, e.comment())));
            }
            for (TypeRow t : typeRows) objects.add(type(t, deps.attrs("type", t.name(), "")));
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
                        f.result(), unqualifyRoutine(f.definition().strip()),
                        comment(deps.attrs("function", f.name() + "(" + f.args() + ")", ""), f.comment())));
            }
            for (PgRows.TrigRow t : c.triggers()) {
                if (!t.schema().equals(schema) || !options.includesTable(t.table())) continue;
                Attrs a = comment(deps.attrs(t.kind(), t.table(), t.name()), t.comment());
                objects.add(t.kind().equals("rule")
                        ? new PgRule(t.table() + "." + t.name(), t.table(), t.name(), unqualifyRule(viewDef(t.definition())), a)
                        : new Trigger(t.table() + "." + t.name(), t.table(), unqualify(t.definition()), a));
            }
            for (PgRows.PolicyRow p : c.policies()) {
                if (!p.schema().equals(schema) || !options.includesTable(p.table())) continue;
                objects.add(new PgPolicy(p.table() + "." + p.name(), p.table(), p.name(), p.permissive(), p.command(), p.roles(),
                        Optional.ofNullable(p.using()), Optional.ofNullable(p.check()), deps.attrs("policy", p.table(), p.name())));
            }
            // serial sequences used by their owning column's default are part of that column
            return new Schema(schema, tables, views, objects.stream().filter(o -> !(o instanceof PgSequence s && isSerial(s)))
                    .toList(), comment(Attrs.EMPTY, schemaComment(row)));
        }

        private final Set<String> usedSerials = new HashSet<>();

        private boolean isSerial(PgSequence s) {
            return usedSerials.contains(s.name());
        }

        private Table table(RelRow r, List<ColRow> cols, List<ConRow> cons, List<IdxRow> idxs, Map<String, IdxRow> idxByName,
                            Dependencies deps) {
            List<Column> columns = new ArrayList<>();
            Map<String, String> collations = new HashMap<>();
            for (ColRow col : cols) {
                Column column = column(col);
                List<QualifiedName> needs = deps.of("column", r.name(), col.name());
                columns.add(needs.isEmpty() ? column : column.withAttrs(column.attrs().with(new DependsOn(needs))));
                if (col.collation() != null) collations.put(col.name(), col.collation());
            }
            Optional<Index> pk = Optional.empty();
            List<Index> indexes = new ArrayList<>();
            List<ForeignKey> fks = new ArrayList<>();
            List<Check> checks = new ArrayList<>();
            List<PgExclude> excludes = new ArrayList<>();
            for (ConRow k : cons) {
                Attrs a = comment(Attrs.EMPTY, k.comment());
                if (k.deferrable()) a = a.with(new Deferrable(k.deferred()));
                switch (k.type()) {
                    case "p" -> pk = Optional.of(index(idxByName.get(k.indexName()), a, collations).withName(k.name()));
                    case "u" -> indexes.add(index(idxByName.get(k.indexName()), a.with(new PgUniqueConstraint()), collations)
                            .withName(k.name()));
                    case "f" -> {
                        if ("f".equals(k.matchType())) a = a.with(new PgMatchFull());
                        if (!k.validated()) a = a.with(new PgNotValid());
                        fks.add(new ForeignKey(k.name(), k.columns(), qualified(k.refSchema(), k.refTable()), k.refColumns(),
                                action(k.onUpdate()), action(k.onDelete()), a));
                    }
                    case "c" -> {
                        if (k.noInherit()) a = a.with(new PgNoInherit());
                        if (!k.validated()) a = a.with(new PgNotValid());
                        List<QualifiedName> needs = deps.of("check", r.name(), k.name());
                        if (!needs.isEmpty()) a = a.with(new DependsOn(needs));
                        checks.add(new Check(k.name(), checkExpr(k.definition()), a));
                    }
                    case "x" -> excludes.add(new PgExclude(k.name(), k.definition()));
                    default -> { }
                }
            }
            for (IdxRow i : idxs) {
                if (!i.constraint()) indexes.add(index(i, comment(Attrs.EMPTY, i.comment()), collations));
            }
            Attrs attrs = comment(Attrs.EMPTY, r.comment());
            List<QualifiedName> needs = deps.ofTable(r.name());
            if (!needs.isEmpty()) attrs = attrs.with(new DependsOn(needs));
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

        /** {@code columnCollations}: the table's columns that have a collation other than their type's. */
        private Index index(IdxRow i, Attrs attrs, Map<String, String> columnCollations) {
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
                boolean column = i.attnums().get(k) != 0;
                String collation = k < i.collations().size() ? i.collations().get(k) : "";
                // the part's collation counts when it is not the one its column or expression has anyway
                if (!collation.isEmpty() && (column ? !collation.equals(columnCollations.getOrDefault(text, DEFAULT_COLLATION))
                        : explicitCollation(i.collatedDef(), text, collation))) {
                    pa = pa.with(new Collation(collation));
                }
                parts.add(column ? new IndexPart.OfColumn(text, desc, pa) : new IndexPart.OfExpr(text, desc, pa));
            }
            Attrs a = attrs;
            if (!i.method().equals("btree")) a = a.with(new PgIndexMethod(i.method()));
            if (!include.isEmpty()) a = a.with(new PgIndexInclude(include));
            if (i.predicate() != null) a = a.with(new IndexPredicate(i.predicate()));
            if (i.nullsNotDistinct()) a = a.with(new PgNullsNotDistinct());
            if (!i.valid()) a = a.with(new PgInvalidIndex());
            if (!i.storage().isEmpty()) a = a.with(new PgStorageParameters(i.storage()));
            return new Index(i.name(), i.unique(), parts, a);
        }

        private SchemaObject type(TypeRow t, Attrs base) {
            Attrs a = comment(base, t.comment());
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

        /** A rule's definition names its table qualified only outside the search path: drop this schema's qualifier. */
        private String unqualifyRule(String def) {
            String q = quotedSchema + ".";
            return def.indexOf(q) < 0 ? def : def.replace(" TO " + q, " TO ");
        }

        /** What the objects of this schema depend on, from the dependencies rows, by (kind, name, part). */
        private final class Dependencies {
            private final Map<String, List<QualifiedName>> byKey = new HashMap<>();
            private final Map<String, List<QualifiedName>> byTable = new HashMap<>();

            Dependencies(List<PgRows.DepRow> rows, List<ColRow> cols, List<PgRows.FuncRow> funcs, Map<Long, QualifiedName> userTypes) {
                for (PgRows.DepRow d : rows) {
                    if (d.schema().equals(schema) && !d.kind().isEmpty()) add(d.kind(), d.name(), d.part(), d.refSchema(), d.refName());
                }
                for (ColRow col : cols) {
                    QualifiedName t = userTypes.get(col.userType());
                    if (t != null) add("column", col.table(), col.name(), t.schema().orElseThrow(), t.name());
                }
                for (TypeRow t : typeRows) {
                    for (long oid : t.uses()) {
                        QualifiedName u = userTypes.get(oid);
                        if (u != null) add("type", t.name(), "", u.schema().orElseThrow(), u.name());
                    }
                }
                for (PgRows.FuncRow f : funcs) {
                    if (!f.schema().equals(schema)) continue;
                    for (long oid : f.uses()) {
                        QualifiedName u = userTypes.get(oid);
                        if (u != null) add("function", f.name() + "(" + f.args() + ")", "", u.schema().orElseThrow(), u.name());
                    }
                }
            }

            private void add(String kind, String name, String part, String refSchema, String refName) {
                if (refSchema.equals(schema) && refName.equals(name) && !kind.equals("function")) return; // itself
                QualifiedName ref = qualified(refSchema, refName);
                add(byKey, key(kind, name, part), ref);
                if (kind.equals("column") || kind.equals("check")) add(byTable, name, ref);
            }

            private static void add(Map<String, List<QualifiedName>> m, String key, QualifiedName ref) {
                List<QualifiedName> l = m.computeIfAbsent(key, k -> new ArrayList<>());
                if (!l.contains(ref)) l.add(ref);
            }

            private static String key(String kind, String name, String part) {
                return kind + '\0' + name + '\0' + part;
            }

            List<QualifiedName> of(String kind, String name, String part) {
                return byKey.getOrDefault(key(kind, name, part), List.of());
            }

            /** {@return what the table's columns and checks need} */
            List<QualifiedName> ofTable(String table) {
                return byTable.getOrDefault(table, List.of());
            }

            Attrs attrs(String kind, String name, String part) {
                List<QualifiedName> l = of(kind, name, part);
                return l.isEmpty() ? Attrs.EMPTY : Attrs.of(new DependsOn(l));
            }
        }

        private String unqualifyRoutine(String def) {
            String q = PgIdent.quote(schema) + ".";
            Matcher m = Pattern.compile("^CREATE OR REPLACE (FUNCTION|PROCEDURE) " + Pattern.quote(q)).matcher(def);
            return m.find() ? "CREATE OR REPLACE " + m.group(1) + " " + def.substring(m.end()) : def;
        }
    }

    /** The default collation, which an index part has unless it (or its column) names another. */
    static final String DEFAULT_COLLATION = "default";

    /**
     * Whether an expression part's collation was written: the catalog keeps the collation of every
     * part, and {@code pg_get_indexdef} spells it out only where it differs from the expression's own.
     */
    static boolean explicitCollation(String definition, String expr, String collation) {
        if (definition == null) return false;
        String written = " COLLATE " + PgIdent.quote(collation);
        return definition.contains(expr + written) || definition.contains(expr + ")" + written);
    }

    static String schemaComment(PgRows.SchemaRow row) {
        return row.name().equals("public") && DEFAULT_PUBLIC_COMMENT.equals(row.comment()) ? null : row.comment();
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
