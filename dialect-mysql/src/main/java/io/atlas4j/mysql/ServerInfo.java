package io.atlas4j.mysql;

import java.util.Objects;

/**
 * What a dialect instance knows about its server, decided once per connection.
 *
 * @param lowerCaseTableNames the server's {@code lower_case_table_names} (0: names are case-sensitive)
 */
public record ServerInfo(Flavor flavor, int major, int minor, int patch, int lowerCaseTableNames) {
    public static final ServerInfo MYSQL_8 = new ServerInfo(Flavor.MYSQL, 8, 0, 36, 0);
    public static final ServerInfo MARIADB_10_11 = new ServerInfo(Flavor.MARIADB, 10, 11, 0, 0);

    public ServerInfo {
        Objects.requireNonNull(flavor, "flavor");
    }

    public boolean isMariaDb() {
        return flavor == Flavor.MARIADB;
    }

    /** {@return whether the server is at least the given version} */
    public boolean atLeast(int maj, int min) {
        return major > maj || major == maj && minor >= min;
    }

    /** Parses {@code SELECT VERSION()} output such as {@code 10.11.19-MariaDB-0+deb12u1} or {@code 8.0.36}. */
    public static ServerInfo parse(String version, int lowerCaseTableNames) {
        Flavor f = version.toLowerCase(java.util.Locale.ROOT).contains("mariadb") ? Flavor.MARIADB : Flavor.MYSQL;
        String v = version;
        if (v.startsWith("5.5.5-")) v = v.substring(6); // old MariaDB replication prefix
        int[] parts = new int[3];
        String[] s = v.split("[^0-9]+");
        for (int i = 0; i < 3 && i < s.length; i++) {
            if (!s[i].isEmpty()) parts[i] = Integer.parseInt(s[i]);
        }
        return new ServerInfo(f, parts[0], parts[1], parts[2], lowerCaseTableNames);
    }
}
