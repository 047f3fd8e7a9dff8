package io.atlas4j.postgres;

import io.atlas4j.change.AddObject;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.UnsupportedChangeException;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one conformance case did: reached a database identical to the desired one by the server's
 * own catalog ({@link CatalogRendering}); converged by atlas4j's diff while the catalog still
 * differs; could not be loaded on this server (its SQL needs another server version, an
 * extension, a role or a schema the case assumes); or failed. Anything but identical carries a
 * short, groupable reason besides the full detail.
 */
record ConformanceOutcome(Kind kind, String reason, String detail) {
    enum Kind { IDENTICAL, CONVERGED, NOT_LOADABLE, FAILED }

    static final String NOT_LOADABLE_PREFIX = "not loadable:";
    static final String CATALOG_PREFIX = "catalog differs:";

    static ConformanceOutcome identical() {
        return new ConformanceOutcome(Kind.IDENTICAL, "", "");
    }

    /** atlas4j's diff is empty, but the server's catalog renders the two databases differently. */
    static ConformanceOutcome catalogDiffers(List<String> differences) {
        String first = differences.get(0).replaceAll("\\s+", " ");
        String head = first.replaceAll(":.*", "");
        return new ConformanceOutcome(Kind.CONVERGED, CATALOG_PREFIX + " " + shorten(head, 100), String.join("\n", differences));
    }

    static ConformanceOutcome notLoadable(String why, String detail) {
        return new ConformanceOutcome(Kind.NOT_LOADABLE, NOT_LOADABLE_PREFIX + " " + why, detail);
    }

    /** Groups a loader error message (file:line: ERROR: ...) into a reason. */
    static ConformanceOutcome notLoadable(String message) {
        String m = message.replaceAll("\\s+", " ");
        String why;
        if (m.matches(".*role \".*\" does not exist.*")) why = "needs a role the case assumes";
        else if (m.matches(".*schema \".*\" does not exist.*")) why = "needs a schema the case assumes";
        else if (m.matches(".*(extension|type) \"(vector|halfvec|sparsevec)\".*")) why = "needs pgvector";
        else if (m.matches(".*extension \".*\" is not available.*")) why = "needs an extension not installed here";
        else if (EXTENSION_TYPE.matcher(m).matches()) why = "needs an extension the case assumes (" + group(EXTENSION_TYPE, m) + ")";
        else if (m.matches(".*collation \".*\" for encoding .* does not exist.*")) why = "needs a collation this server lacks";
        else if (m.contains("no schema has been selected to create in")) why = "needs a schema the case assumes";
        else if (m.matches(".*(relation|function) .* does not exist.*")) why = "declarative file, an object is used before it is created";
        else if (m.contains("syntax error")) why = "syntax this server rejects (sqldef-only or newer syntax)";
        else why = shorten(m.replaceAll("^[^:]*:\\d+: ", "").replaceAll("ERROR: ", ""), 80);
        return notLoadable(why, m);
    }

    /** A type of a contrib extension, used by a case that does not create the extension. */
    private static final java.util.regex.Pattern EXTENSION_TYPE =
            java.util.regex.Pattern.compile(".*type \"(citext|hstore|ltree|cube|isbn|seg)\" does not exist.*");

    private static String group(java.util.regex.Pattern p, String m) {
        java.util.regex.Matcher x = p.matcher(m);
        return x.matches() ? x.group(1) : "";
    }

    static ConformanceOutcome failed(Throwable e) {
        String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        String reason;
        if (e instanceof UnsupportedChangeException) reason = "unsupported: " + shorten(m, 80);
        else if (e instanceof ApplyException) {
            int i = m.indexOf("ERROR: ");
            reason = "apply error: " + shorten(i >= 0 ? m.substring(i + 7).replaceAll(" in \".*", "").replaceAll(" Position: \\d+", "") : m, 80);
        } else reason = e.getClass().getSimpleName() + ": " + shorten(m, 80);
        return new ConformanceOutcome(Kind.FAILED, reason, m);
    }

    static ConformanceOutcome notConverged(List<Change> left) {
        String kinds = left.stream().map(ConformanceOutcome::describe).collect(Collectors.toCollection(TreeSet::new)).toString();
        return new ConformanceOutcome(Kind.FAILED, "spurious diff: " + shorten(kinds, 100), String.valueOf(left).replaceAll("\\s+", " "));
    }

    private static String describe(Change c) {
        if (c instanceof ModifyTable t) {
            return "ModifyTable" + t.changes().stream()
                    .map(tc -> tc instanceof ModifyColumn mc ? "ModifyColumn" + new TreeSet<>(mc.aspects()) : tc.getClass().getSimpleName())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        if (c instanceof AddObject o) return "AddObject(" + o.object().kind() + ")";
        if (c instanceof DropObject o) return "DropObject(" + o.object().kind() + ")";
        if (c instanceof ModifyObject o) return "ModifyObject(" + o.from().kind() + ")";
        return c.getClass().getSimpleName();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
