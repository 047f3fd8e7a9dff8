package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.Body;
import io.atlas4j.hcl.BodyItem;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.Hcl;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.LiteralExpr;
import io.atlas4j.hcl.Range;
import io.atlas4j.hcl.TemplateExpr;
import io.atlas4j.hcl.TraversalExpr;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Input variables of HCL schema files ({@code --var name=value}): each given value becomes its {@code variable}
 * block's default before the files are mapped, converted to the block's {@code type} (number, bool, else a string).
 * A bridge until {@code HclSchemas} takes variables itself.
 */
public final class SchemaVariables {
    private SchemaVariables() {
    }

    /** {@return the realm of a .hcl file or folder, with {@code variables} as the values of its variable blocks} */
    public static Realm load(Path source, Dialect dialect, Map<String, String> variables) {
        List<HclFile> files = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> s = Files.list(source)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".hcl")).sorted().toList()) {
                    files.add(Hcl.parse(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(Hcl.parse(source));
        }
        return Mapper.map(files.stream().map(f -> apply(f, variables)).toList(), dialect);
    }

    /** {@return the file with each given variable's value as its block's default} */
    static HclFile apply(HclFile file, Map<String, String> variables) {
        List<BodyItem> items = new ArrayList<>();
        for (BodyItem item : file.body().items()) {
            if (item instanceof Block b && b.type().equals("variable") && b.labels().size() == 1
                    && variables.containsKey(b.labels().get(0))) {
                items.add(withDefault(b, variables.get(b.labels().get(0))));
            } else {
                items.add(item);
            }
        }
        return new HclFile(file.name(), new Body(items));
    }

    private static Block withDefault(Block b, String value) {
        String type = b.body().attribute("type").map(a -> typeName(a.value())).orElse("string");
        Range at = b.defRange();
        Expr v;
        if (type.equals("number") && value.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            v = new LiteralExpr(new BigDecimal(value.strip()), at);
        } else if (type.equals("bool") && (value.equals("true") || value.equals("false"))) {
            v = new LiteralExpr(Boolean.valueOf(value), at);
        } else {
            v = new TemplateExpr(List.of(value), null, at);
        }
        List<BodyItem> items = new ArrayList<>();
        for (BodyItem item : b.body().items()) {
            if (!(item instanceof Attribute a && a.name().equals("default"))) {
                items.add(item);
            }
        }
        items.add(new Attribute("default", v, at, at));
        return new Block(b.type(), b.labels(), new Body(items), b.typeRange(), b.labelRanges(), b.range());
    }

    private static String typeName(Expr type) {
        if (type instanceof TraversalExpr t && t.names().size() == 1) {
            return t.root();
        }
        return type instanceof CallExpr c ? c.name() : "string";
    }
}
