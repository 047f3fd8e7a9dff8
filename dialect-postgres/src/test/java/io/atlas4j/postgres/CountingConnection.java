package io.atlas4j.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection and counts the statements created on it. */
final class CountingConnection {
    private CountingConnection() {
    }

    static Connection wrap(Connection target, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String m = method.getName();
                    if (m.equals("prepareStatement") || m.equals("createStatement") || m.equals("prepareCall")) count.incrementAndGet();
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
