package io.atlas4j.migrate.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.atlas4j.migrate.agreement.AgreementOutcome.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcomes of one suite, held against its list of expected disagreements
 * ({@code agreement/<dialect>-expected-disagreements.txt}: {@code case id | step: reason}).
 * An unlisted case must agree or not load; a listed case must still disagree at the listed step,
 * so a fix, or a case that stops loading, shows up as a failure until the list is updated.
 */
final class AgreementLedger {
    private final String dialect;
    private final Map<String, String> expected;
    private final Map<String, AgreementOutcome> outcomes = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final long started = System.nanoTime();

    AgreementLedger(String dialect) throws IOException {
        this.dialect = dialect;
        this.expected = read("/agreement/" + dialect + "-expected-disagreements.txt");
    }

    Map<String, String> expected() {
        return expected;
    }

    /** Lists cases the list names that are not among the cases run, so a renamed case cannot hide in it. */
    void checkListed(Collection<String> ids) {
        assertThat(ids).as("cases named in %s-expected-disagreements.txt", dialect).containsAll(expected.keySet());
    }

    /** Records a case's outcome and fails when it is not the expected one. */
    synchronized void record(String id, AgreementOutcome o) {
        outcomes.put(id, o);
        String listed = expected.get(id);
        if (listed == null) {
            if (o.kind() == Kind.DISAGREE) {
                fail(id + " disagrees, and is not listed in " + dialect + "-expected-disagreements.txt: " + o.line() + "\n" + o.detail());
            }
            return;
        }
        assertThat(o.kind()).as("%s is listed in %s-expected-disagreements.txt (%s) but %s: remove it from the list", id, dialect, listed,
                o.kind() == Kind.AGREE ? "agrees now" : "does not load (" + o.reason() + ")").isEqualTo(Kind.DISAGREE);
        String step = listed.contains(":") ? listed.substring(0, listed.indexOf(':')).strip() : listed;
        assertThat(o.step()).as("%s is listed as disagreeing at \"%s\" but now disagrees at %s\n%s", id, listed, o.line(), o.detail())
                .isEqualTo(step);
    }

    synchronized void note(String text) {
        notes.add(text);
    }

    /**
     * Prints the one-line summary and the reasons, and writes them with the reasons cases do not
     * load to {@code target/agreement-<dialect>.txt}; nothing when no case ran (the suite skipped).
     */
    synchronized void report() throws IOException {
        if (outcomes.isEmpty()) return;
        long total = outcomes.size();
        long unloadable = count(Kind.NOT_LOADABLE);
        long loadable = total - unloadable;
        long agree = count(Kind.AGREE);
        String headline = String.format(java.util.Locale.ROOT, "[atlas4j] versioned agreement (%s): %d cases, %d loadable, %d agree (%.1f%%) in %.0f s",
                dialect, total, loadable, agree, loadable == 0 ? 0.0 : 100.0 * agree / loadable, (System.nanoTime() - started) / 1e9);
        StringBuilder out = new StringBuilder(headline).append('\n');
        outcomes.forEach((id, o) -> {
            if (o.kind() == Kind.DISAGREE) out.append("  disagrees: ").append(id).append(" | ").append(o.line()).append('\n');
        });
        StringBuilder times = new StringBuilder();
        VersionedAgreement.TIME.forEach((k, v) -> times.append(times.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(v.sum() / 1_000_000_000L).append(" s"));
        if (times.length() > 0) out.append("  time by step: ").append(times).append('\n');
        VersionedAgreement.TIME.clear();
        notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
        System.out.print(out);
        StringBuilder file = new StringBuilder(out);
        outcomes.forEach((id, o) -> {
            if (o.kind() == Kind.NOT_LOADABLE) file.append("  not loadable: ").append(id).append(" | ").append(o.reason()).append('\n');
        });
        Path target = Path.of("target", "agreement-" + dialect + ".txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
    }

    private long count(Kind k) {
        return outcomes.values().stream().filter(o -> o.kind() == k).count();
    }

    /** {@return case id -> "step: reason", from a resource of {@code id | step: reason} lines; # starts a comment line} */
    private static Map<String, String> read(String resource) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = AgreementLedger.class.getResourceAsStream(resource)) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                int bar = line.indexOf('|');
                if (bar < 0 || line.substring(bar + 1).isBlank()) {
                    throw new IllegalStateException(resource + ": \"" + line + "\" needs a reason after '|' (step: why)");
                }
                out.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
            }
        }
        return out;
    }
}
