package io.atlas4j.mysql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A Connection proxy that counts statements created and statements executed. */
final class CountingConnection {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger executed = new AtomicInteger();
    final Connection connection;

    CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler(target, true));
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
            if (result instanceof Statement s && isConnection) {
                Class<?> iface = s instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                        : s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {iface}, handler(s, false));
            }
            return result;
        };
    }
}
