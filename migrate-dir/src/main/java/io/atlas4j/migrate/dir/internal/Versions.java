package io.atlas4j.migrate.dir.internal;

import java.math.BigInteger;
import java.util.Comparator;

/** Numeric versions ({@code 20240101120000}, Flyway's {@code 1.2.3}) compared part by part, as the tools that write them do. */
public final class Versions {
    /** Compares dotted numeric versions part by part; a missing part counts as 0, so {@code 1} equals {@code 1.0} (Flyway's rule). */
    public static final Comparator<String> NUMERIC = Versions::compare;

    private Versions() {
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) return c;
        }
        return 0;
    }
}
