package io.atlas4j.jpa.internal;

import io.atlas4j.error.InvalidInputException;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the JPA-managed classes of packages (and their subpackages) on a class loader, in class
 * path folders and jars alike. Hibernate's own scanning needs an extra module (hibernate-scan-jandex)
 * and a persistence unit root; this reads the class loader's resources directly.
 */
public final class PackageScanner {
    private PackageScanner() {
    }

    /**
     * {@return the classes annotated {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}
     * or {@code @Converter} in {@code packages}, sorted by name}
     *
     * @throws InvalidInputException when a package holds none, or a class cannot be loaded
     */
    public static List<Class<?>> managedClasses(ClassLoader loader, List<Path> classPath, List<String> packages) {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : packages) {
            int before = out.size();
            for (String name : classNames(loader, classPath, pkg)) {
                Class<?> c = load(loader, name);
                if (isManaged(c)) out.add(c);
            }
            if (out.stream().skip(before).noneMatch(c -> c.isAnnotationPresent(Entity.class))) {
                throw new InvalidInputException("no @Entity class in package \"" + pkg + "\" (or its subpackages) on the class path: check"
                        + " the package name and that the class path holds the compiled entities (e.g. target/classes)");
            }
        }
        return out.stream().distinct().toList();
    }

    static boolean isManaged(Class<?> c) {
        return c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
                || c.isAnnotationPresent(MappedSuperclass.class) || c.isAnnotationPresent(Converter.class);
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            // Not initialized: only the annotations are read.
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidInputException("cannot load class " + name + ": " + e + ": add the jars it needs to the class path", e);
        }
    }

    /**
     * {@return the binary names of the classes under {@code pkg}, from every folder and jar that has it}
     * The class path entries are read directly as well: a jar without folder entries (some tools
     * write none) has no resource for the package for the class loader to find.
     */
    static TreeSet<String> classNames(ClassLoader loader, List<Path> classPath, String pkg) {
        String dir = pkg.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Path entry : classPath) {
                if (Files.isDirectory(entry)) {
                    Path folder = entry.resolve(dir);
                    if (Files.isDirectory(folder)) fromFolder(folder, pkg, names);
                } else {
                    try (JarFile jar = new JarFile(entry.toFile())) {
                        fromJar(jar, dir, names);
                    }
                }
            }
            Enumeration<URL> roots = loader.getResources(dir);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) fromFolder(Path.of(root.toURI()), pkg, names);
                else if ("jar".equals(root.getProtocol())) fromJar(root, dir, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + pkg + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("cannot list package " + pkg + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static void fromFolder(Path folder, String pkg, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> isClassFile(p.getFileName().toString())).forEach(p -> {
                String rel = folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                names.add(pkg + "." + rel.substring(0, rel.length() - ".class".length()));
            });
        }
    }

    private static void fromJar(URL root, String dir, TreeSet<String> names) throws IOException {
        JarURLConnection conn = (JarURLConnection) root.openConnection();
        conn.setUseCaches(false);
        try (JarFile jar = conn.getJarFile()) {
            fromJar(jar, dir, names);
        }
    }

    private static void fromJar(JarFile jar, String dir, TreeSet<String> names) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            int slash = n.lastIndexOf('/');
            if (n.startsWith(dir + "/") && isClassFile(n.substring(slash + 1))) {
                names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
            }
        }
    }

    private static boolean isClassFile(String fileName) {
        return fileName.endsWith(".class") && !fileName.equals("module-info.class") && !fileName.equals("package-info.class");
    }
}
