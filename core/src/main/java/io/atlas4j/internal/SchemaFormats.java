package io.atlas4j.internal;

import io.atlas4j.spi.SchemaFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The schema formats on the class path or module path, looked up once. */
public final class SchemaFormats {
    private static final List<SchemaFormat> FORMATS = ServiceLoader.load(SchemaFormat.class, SchemaFormat.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private SchemaFormats() {
    }

    /** {@return the format {@code source} is written in, when it is not SQL} */
    public static Optional<SchemaFormat> reading(Path source) {
        return FORMATS.stream().filter(f -> f.reads(source)).findFirst();
    }
}
