package io.atlas4j.mssql.internal;

import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A JDBC connection without a server: records the SQL it is given and answers each query with recorded rows. */
final class FakeJdbc {
    final List<String> sql = new ArrayList<>();
    private final Function<String, List<Object[]>> rows;

    FakeJdbc(Function<String, List<Object[]>> rows) {
        this.rows = rows;
    }

    Connection connection() {
        return proxy(Connection.class, (m, args) -> switch (m) {
            case "prepareStatement", "prepareCall" -> {
                sql.add((String) args[0]);
                yield statement((String) args[0], m.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class);
            }
            case "createStatement" -> statement(null, Statement.class);
            case "getAutoCommit" -> true;
            default -> null;
        });
    }

    private Object statement(String prepared, Class<?> type) {
        String[] last = {prepared};
        return proxy(type, (m, args) -> switch (m) {
            case "executeQuery" -> {
                String q = args != null && args.length > 0 ? (String) args[0] : last[0];
                if (args != null && args.length > 0) sql.add(q);
                yield results(rows.apply(q));
            }
            case "execute" -> {
                if (args != null && args.length > 0) sql.add((String) args[0]);
                yield true;
            }
            case "getInt" -> {
                List<Object[]> r = rows.apply(last[0]);
                yield r.isEmpty() ? 0 : ((Number) r.get(0)[0]).intValue();
            }
            default -> null;
        });
    }

    private static ResultSet results(List<Object[]> data) {
        int[] at = {-1};
        Object[] lastRead = {null};
        return proxy(ResultSet.class, (m, args) -> {
            if (m.equals("next")) return ++at[0] < data.size();
            if (m.equals("wasNull")) return lastRead[0] == null;
            if (args == null || args.length != 1 || !(args[0] instanceof Integer i)) return null;
            Object v = data.get(at[0])[i - 1];
            lastRead[0] = v;
            return switch (m) {
                case "getString" -> v == null ? null : v.toString();
                case "getInt" -> v == null ? 0 : ((Number) v).intValue();
                case "getLong" -> v == null ? 0L : ((Number) v).longValue();
                case "getBoolean" -> v != null && (v instanceof Boolean b ? b : ((Number) v).intValue() != 0);
                case "getObject" -> v;
                default -> null;
            };
        });
    }

    /** A call handler that sees the method name and arguments. */
    interface Handler {
        Object call(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler h) {
        return (T) Proxy.newProxyInstance(FakeJdbc.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getName().equals("close") || m.getName().equals("isClosed")) return m.getReturnType() == boolean.class ? false : null;
            if (m.getName().equals("unwrap") || m.getName().equals("isWrapperFor")) return m.getReturnType() == boolean.class ? false : null;
            Object r = h.call(m.getName(), a);
            if (r == null && m.getReturnType().isPrimitive()) {
                if (m.getReturnType() == boolean.class) return false;
                if (m.getReturnType() == int.class) return 0;
                if (m.getReturnType() == long.class) return 0L;
            }
            return r;
        });
    }
}
