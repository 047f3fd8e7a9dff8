package io.atlas4j.migrate.internal;

import java.math.BigInteger;
import java.util.Comparator;

/** Versions compared part by part ({@code .} and {@code _} separate parts), numerically where both parts are numbers. */
final class VersionOrder {
    static final Comparator<String> NUMERIC = VersionOrder::compare;

    private VersionOrder() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
            if (c != 0) return c;
        }
        return 0;
    }
}
