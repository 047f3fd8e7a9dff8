package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.HclFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema fmt}: lays out HCL files in place, as {@code atlas schema fmt} does. */
@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Format .hcl files in place (the files given, and the .hcl files of the folders given; default: the"
                + " working directory): two-space indentation, aligned =, one blank line between blocks. Nothing is reordered"
                + " and comments are kept. Prints the files it changed.")
final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "A .hcl file or a folder of them (default: .).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        for (String p : paths.isEmpty() ? List.of(".") : paths) files.addAll(files(Path.of(p.startsWith("file://") ? p.substring(7) : p)));
        // Every file is formatted before any is written: one that does not parse leaves all of them as they are.
        Map<Path, String> changed = new LinkedHashMap<>();
        for (Path f : files) {
            String text = read(f);
            String formatted = HclFormatter.format(f.toString(), text);
            if (!formatted.equals(text)) changed.put(f, formatted);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<Path, String> e : changed.entrySet()) {
            try {
                Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + e.getKey() + ": " + ex.getMessage(), ex);
            }
            out.println(e.getKey());
        }
        out.flush();
        return 0;
    }

    private static List<Path> files(Path p) {
        if (Files.isRegularFile(p)) {
            if (!p.getFileName().toString().endsWith(".hcl")) {
                throw new InvalidInputException("\"" + p + "\" is not an .hcl file: schema fmt formats HCL only");
            }
            return List.of(p);
        }
        if (!Files.isDirectory(p)) throw new InvalidInputException("\"" + p + "\" does not exist: give .hcl files or folders of them");
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".hcl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
