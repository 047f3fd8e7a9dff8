package io.atlas4j.jpa.internal;

import io.atlas4j.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;

/** Finds a persistence unit by name in the {@code META-INF/persistence.xml} files of a class loader. */
public final class PersistenceUnits {
    private PersistenceUnits() {
    }

    public static PersistenceUnitDescriptor find(ClassLoader loader, String name) {
        List<URL> files;
        try {
            files = Collections.list(loader.getResources("META-INF/persistence.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read META-INF/persistence.xml: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("no META-INF/persistence.xml on the class path, so no persistence unit \"" + name
                    + "\": add the folder or jar that holds it to the class path, or name entity classes or a package instead");
        }
        Map<String, PersistenceUnitDescriptor> units;
        try {
            units = PersistenceXmlParser.create(Map.of()).parse(files);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cannot read " + files + ": " + e.getMessage(), e);
        }
        PersistenceUnitDescriptor unit = units.get(name);
        if (unit == null) {
            throw new InvalidInputException("no persistence unit \"" + name + "\" in " + files + ": the units there are " + units.keySet());
        }
        return unit;
    }
}
