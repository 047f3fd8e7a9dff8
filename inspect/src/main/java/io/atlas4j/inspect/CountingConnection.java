package io.atlas4j.inspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a connection to count the statements created on it and the statement executions that
 * reach the database, so that the cost of an inspection can be measured rather than assumed.
 */
public final class CountingConnection {
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger executed = new AtomicInteger();
    private final Connection connection;

    public CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler(target, true));
    }

    /** {@return the counting connection to hand to the code under measurement} */
    public Connection connection() {
        return connection;
    }

    /** {@return how many statements were created (prepared, plain or callable)} */
    public int created() {
        return created.get();
    }

    /** {@return how many times a statement was executed} */
    public int executed() {
        return executed.get();
    }

    private InvocationHandler handler(Object target, boolean isConnection) {
        return (proxy, method, args) -> {
            String m = method.getName();
            if (isConnection && (m.equals("prepareStatement") || m.equals("createStatement") || m.equals("prepareCall"))) {
                created.incrementAndGet();
            }
            if (!isConnection && m.startsWith("execute")) executed.incrementAndGet();
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (isConnection && result instanceof Statement s) {
                Class<?> iface = s instanceof CallableStatement ? CallableStatement.class
                        : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {iface}, handler(s, false));
            }
            return result;
        };
    }
}
