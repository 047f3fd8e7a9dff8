package io.atlas4j.lsp.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.Hcl;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclException;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.TemplateExpr;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which dialect a schema file is checked for, first rule that answers:
 * <ol>
 * <li>the file name: {@code *.pg.hcl} PostgreSQL, {@code *.my.hcl} MySQL, {@code *.lt.hcl} SQLite;</li>
 * <li>the {@code dialect} setting ({@code initializationOptions} or workspace configuration);</li>
 * <li>the {@code dev} (else {@code url}) of the first {@code env} block of an {@code atlas.hcl} in the file's folder
 * or one of its two parents, by URL scheme ({@code docker://postgres/15/dev}, {@code mysql://...},
 * {@code sqlite://...});</li>
 * <li>PostgreSQL.</li>
 * </ol>
 */
public final class Dialects {
    private static final Logger LOG = LoggerFactory.getLogger(Dialects.class);
    private static final HclDialect DEFAULT = HclDialect.POSTGRES;
    private static final int PARENTS = 2;

    private Dialects() {
    }

    /** {@return the dialect of the document at {@code uri}} */
    public static HclDialect resolve(String uri, Optional<HclDialect> configured) {
        Optional<HclDialect> byName = fromFileName(fileName(uri));
        if (byName.isPresent()) {
            return byName.get();
        }
        if (configured.isPresent()) {
            return configured.get();
        }
        return fromProjectFile(uri).orElse(DEFAULT);
    }

    /** {@return the last segment of a document URI} */
    public static String fileName(String uri) {
        String path = uri;
        try {
            String p = URI.create(uri).getPath();
            if (p != null) {
                path = p;
            }
        } catch (IllegalArgumentException e) {
            // not a URI (some clients send plain paths): use it as written
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static Optional<HclDialect> fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pg.hcl")) {
            return Optional.of(HclDialect.POSTGRES);
        }
        if (n.endsWith(".my.hcl")) {
            return Optional.of(HclDialect.MYSQL);
        }
        if (n.endsWith(".lt.hcl")) {
            return Optional.of(HclDialect.SQLITE);
        }
        return Optional.empty();
    }

    /**
     * {@return the {@code dialect} of settings such as {@code {"dialect": "mysql"}} or
     * {@code {"atlas4j": {"dialect": "mysql"}}}; empty when absent or not a known dialect}
     */
    public static Optional<HclDialect> fromSettings(Object settings) {
        if (!(settings instanceof JsonObject o)) {
            return Optional.empty();
        }
        if (o.get("atlas4j") instanceof JsonObject nested) {
            return fromSettings(nested);
        }
        JsonElement d = o.get("dialect");
        if (d == null || !d.isJsonPrimitive() || !d.getAsJsonPrimitive().isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HclDialect.of(d.getAsString()));
        } catch (IllegalArgumentException e) {
            LOG.warn("ignoring the dialect setting: {}", e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<HclDialect> fromProjectFile(String uri) {
        Path dir;
        try {
            URI u = URI.create(uri);
            if (!"file".equals(u.getScheme())) {
                return Optional.empty();
            }
            dir = Path.of(u).getParent();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        for (int up = 0; dir != null && up <= PARENTS; up++, dir = dir.getParent()) {
            Path project = dir.resolve(ProjectVocabulary.FILE_NAME);
            if (Files.isRegularFile(project)) {
                try {
                    return fromProject(Hcl.parse(project));
                } catch (HclException | UncheckedIOException e) {
                    LOG.debug("cannot read {} for the dialect: {}", project, e.getMessage());
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static Optional<HclDialect> fromProject(HclFile project) {
        for (Block env : project.body().blocks("env")) {
            for (String attr : List.of("dev", "url")) {
                Optional<HclDialect> d = env.body().attribute(attr).flatMap(Dialects::fromUrl);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<HclDialect> fromUrl(Attribute a) {
        if (!(a.value() instanceof TemplateExpr t) || t.literal().isEmpty()) {
            return Optional.empty();
        }
        String url = t.literal().get();
        if (url.startsWith("docker://")) {
            url = url.substring("docker://".length());
        }
        int end = 0;
        while (end < url.length() && Character.isLetterOrDigit(url.charAt(end))) {
            end++;
        }
        try {
            return end == 0 ? Optional.empty() : Optional.of(HclDialect.of(url.substring(0, end)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
