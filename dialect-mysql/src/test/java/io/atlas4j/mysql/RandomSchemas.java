package io.atlas4j.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a random MySQL schema script from a seed: up to three tables over shared names (so two
 * random schemas overlap and differ column by column), with typed columns, defaults, indexes, a
 * foreign key, a check, a comment and a view.
 */
final class RandomSchemas {
    private static final String[] TYPES = {"int", "bigint unsigned", "varchar(10)", "varchar(50)", "text", "decimal(8,2)",
            "datetime", "datetime(3)", "tinyint(1)", "enum('a','b')", "json", "double", "char(4)", "smallint", "date"};

    private RandomSchemas() {
    }

    static String script(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        List<String> tables = new ArrayList<>();
        for (String t : new String[] {"t1", "t2", "t3"}) {
            if (r.nextInt(4) == 0) continue;
            List<String> defs = new ArrayList<>();
            defs.add("id int NOT NULL PRIMARY KEY");
            List<String> indexable = new ArrayList<>();
            List<String> ints = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                if (r.nextInt(3) == 0) continue;
                String type = TYPES[r.nextInt(TYPES.length)];
                boolean notNull = r.nextBoolean();
                String def = r.nextInt(3) == 0 ? defaultFor(type, r) : null;
                String name = "c" + c;
                defs.add(name + " " + type + (notNull ? " NOT NULL" : "") + (def != null ? " DEFAULT " + def : "")
                        + (r.nextInt(6) == 0 ? " COMMENT 'col " + c + "'" : ""));
                if (!type.equals("text") && !type.equals("json")) indexable.add(name);
                if (type.equals("int") || type.equals("smallint")) ints.add(name);
            }
            if (!indexable.isEmpty() && r.nextBoolean()) {
                String col = indexable.get(r.nextInt(indexable.size()));
                defs.add((r.nextInt(3) == 0 ? "UNIQUE KEY " : "KEY ") + "ix_" + t + "_" + col + " (" + col + ")");
            }
            if (!ints.isEmpty() && r.nextInt(3) == 0) {
                defs.add("CONSTRAINT ck_" + t + " CHECK (" + ints.get(0) + " >= " + r.nextInt(3) + ")");
            }
            if (!tables.isEmpty() && r.nextInt(3) == 0) {
                String ref = tables.get(r.nextInt(tables.size()));
                defs.add("ref_id int");
                defs.add("CONSTRAINT fk_" + t + " FOREIGN KEY (ref_id) REFERENCES " + ref + " (id)"
                        + (r.nextBoolean() ? " ON DELETE CASCADE" : ""));
            }
            sb.append("CREATE TABLE ").append(t).append(" (\n  ").append(String.join(",\n  ", defs)).append("\n)");
            if (r.nextInt(4) == 0) sb.append(" COMMENT='table ").append(t).append("'");
            sb.append(";\n");
            tables.add(t);
        }
        if (!tables.isEmpty() && r.nextBoolean()) {
            String t = tables.get(r.nextInt(tables.size()));
            sb.append("CREATE VIEW v_").append(t).append(" AS SELECT id FROM ").append(t)
                    .append(r.nextBoolean() ? " WHERE id > 10" : "").append(";\n");
        }
        return sb.toString();
    }

    private static String defaultFor(String type, Random r) {
        return switch (type) {
            case "int", "bigint unsigned", "smallint", "double", "decimal(8,2)" -> String.valueOf(r.nextInt(100));
            case "varchar(10)", "varchar(50)", "char(4)" -> "'v" + r.nextInt(10) + "'";
            case "datetime" -> r.nextBoolean() ? "CURRENT_TIMESTAMP" : "'2024-01-02 03:04:05'";
            case "datetime(3)" -> "CURRENT_TIMESTAMP(3)";
            case "tinyint(1)" -> r.nextBoolean() ? "TRUE" : "0";
            case "enum('a','b')" -> "'b'";
            case "date" -> "'2024-01-01'";
            default -> null;
        };
    }
}
