package io.atlas4j.migrate.dir;

import io.atlas4j.migrate.dir.internal.AtlasFormat;
import io.atlas4j.migrate.dir.internal.DbmateFormat;
import io.atlas4j.migrate.dir.internal.FlywayFormat;
import io.atlas4j.migrate.dir.internal.FormatReader;
import io.atlas4j.migrate.dir.internal.GolangMigrateFormat;
import io.atlas4j.migrate.dir.internal.GooseFormat;
import io.atlas4j.migrate.dir.internal.LiquibaseFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The migration directory layouts atlas4j reads, named as Atlas names them in
 * {@code file://dir?format=flyway}.
 */
public enum DirectoryFormat {
    /**
     * Atlas's own: {@code <version>_<description>.sql} (or {@code <version>.sql}), the version being
     * everything before the first {@code _}. Files run in file-name order, as in Atlas; there are no
     * down files ({@code 1_x.down.sql} is version {@code 1}, description {@code x.down}).
     */
    ATLAS("atlas", false, new AtlasFormat()),
    /**
     * Flyway: {@code V<version>__<description>.sql} versioned, {@code U...} undo, {@code B...}
     * baseline, {@code R__<description>.sql} repeatable. Versions are numbers separated by {@code .}
     * or {@code _}, compared part by part ({@code 1_2} is {@code 1.2}). Sub-folders are read too,
     * as Flyway does; {@code before*}/{@code after*} callback scripts are left out.
     */
    FLYWAY("flyway", true, new FlywayFormat()),
    /** golang-migrate: {@code <version>_<description>.up.sql} and {@code .down.sql}, numeric versions. */
    GOLANG_MIGRATE("golang-migrate", false, new GolangMigrateFormat()),
    /**
     * goose: {@code <version>_<description>.sql} with {@code -- +goose Up} and {@code -- +goose Down}
     * sections; {@code -- +goose StatementBegin}/{@code StatementEnd} enclose one statement.
     */
    GOOSE("goose", false, new GooseFormat()),
    /** dbmate: {@code <version>_<description>.sql} with {@code -- migrate:up} and {@code -- migrate:down} sections. */
    DBMATE("dbmate", false, new DbmateFormat()),
    /**
     * Liquibase formatted SQL: {@code --liquibase formatted sql}, then {@code --changeset author:id}
     * blocks with optional {@code --rollback} lines. Files are named and ordered as atlas files.
     */
    LIQUIBASE("liquibase", false, new LiquibaseFormat());

    private final String id;
    private final boolean recursive;
    private final FormatReader reader;

    DirectoryFormat(String id, boolean recursive, FormatReader reader) {
        this.id = id;
        this.recursive = recursive;
        this.reader = reader;
    }

    /** {@return the name Atlas uses for this format ({@code golang-migrate})} */
    public String id() {
        return id;
    }

    /** {@return whether migration files may sit in sub-folders (Flyway only; elsewhere a sub-folder is another directory)} */
    public boolean readsSubFolders() {
        return recursive;
    }

    FormatReader reader() {
        return reader;
    }

    /**
     * {@return the format called {@code name}, ignoring case}
     *
     * @throws MigrationDirectoryException naming the known formats when there is none of that name
     */
    public static DirectoryFormat parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (DirectoryFormat f : values()) if (f.id.equals(wanted)) return f;
        throw new MigrationDirectoryException("", List.of(DirectoryProblem.of(DirectoryProblem.Kind.UNKNOWN_FORMAT,
                "unknown migration directory format \"" + name + "\"", "use one of " + known())));
    }

    /** {@return the known format names, comma separated} */
    static String known() {
        return Arrays.stream(values()).map(DirectoryFormat::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
