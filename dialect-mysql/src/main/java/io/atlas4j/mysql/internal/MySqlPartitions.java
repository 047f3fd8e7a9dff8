package io.atlas4j.mysql.internal;

import io.atlas4j.mysql.Partitioning;
import io.atlas4j.mysql.internal.MySqlRows.PartitionRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rebuilds a {@code PARTITION BY} clause from information_schema.PARTITIONS rows of one table. */
final class MySqlPartitions {
    private MySqlPartitions() {
    }

    static Partitioning of(List<PartitionRow> rows) {
        PartitionRow first = rows.get(0);
        String method = first.method().toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("PARTITION BY ").append(by(method, first.expr()));
        Map<String, List<PartitionRow>> byName = new LinkedHashMap<>();
        for (PartitionRow r : rows) byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        if (first.subMethod() != null) {
            sb.append(" SUBPARTITION BY ").append(by(first.subMethod().toUpperCase(Locale.ROOT), first.subExpr()))
                    .append(" SUBPARTITIONS ").append(byName.get(first.name()).size());
        }
        if (method.contains("HASH") || method.contains("KEY")) {
            return new Partitioning(sb.append(" PARTITIONS ").append(byName.size()).toString());
        }
        sb.append(" (");
        boolean firstPart = true;
        for (var e : byName.entrySet()) {
            if (!firstPart) sb.append(", ");
            firstPart = false;
            sb.append("PARTITION ").append(Sql.id(e.getKey()));
            String d = e.getValue().get(0).description();
            if (method.startsWith("RANGE")) {
                sb.append(" VALUES LESS THAN ").append(d.equalsIgnoreCase("MAXVALUE") ? "MAXVALUE" : "(" + d + ")");
            } else if (method.startsWith("LIST")) {
                sb.append(" VALUES IN (").append(d).append(')');
            }
        }
        return new Partitioning(sb.append(')').toString());
    }

    private static String by(String method, String expr) {
        String e = expr == null ? "" : expr;
        return method + " (" + e + ")";
    }
}
