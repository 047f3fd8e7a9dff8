package io.atlas4j.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.PgCaseRoles;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two suites sharing the conformance roles: the roles stay while either runs, the last one out drops those the
 * suites created, and a role the server had before is left alone.
 */
class PgCaseRolesIT {
    @Test
    void theLastSuiteOutDropsOnlyTheRolesTheSuitesCreated() throws Exception {
        try (Connection a = PgServer.admin(); Connection b = PgServer.admin(); Connection check = PgServer.admin()) {
            List<String> before = existing(check);
            String kept = PgCaseRoles.ROLES.get(0);
            boolean keptExisted = before.contains(kept);
            if (!keptExisted) check.createStatement().execute("CREATE ROLE " + kept + " NOLOGIN");
            try {
                PgCaseRoles first = PgCaseRoles.create(a);
                PgCaseRoles second = PgCaseRoles.create(b);
                assertThat(existing(check)).containsAll(PgCaseRoles.ROLES);
                first.close();
                assertThat(existing(check)).as("another suite still runs").containsAll(PgCaseRoles.ROLES);
                second.close();
                List<String> after = existing(check);
                assertThat(after).as("a role the server had before").contains(kept);
                for (String role : PgCaseRoles.ROLES) {
                    if (!before.contains(role) && !role.equals(kept)) assertThat(after).as(role).doesNotContain(role);
                }
            } finally {
                if (!keptExisted) check.createStatement().execute("DROP ROLE IF EXISTS " + kept);
            }
        }
    }

    private static List<String> existing(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT rolname FROM pg_roles")) {
            while (rs.next()) if (PgCaseRoles.ROLES.contains(rs.getString(1))) out.add(rs.getString(1));
        }
        return out;
    }
}
