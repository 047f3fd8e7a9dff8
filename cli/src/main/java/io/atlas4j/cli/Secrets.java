package io.atlas4j.cli;

import io.atlas4j.spi.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks the passwords of the command line's URLs in anything the CLI prints. */
final class Secrets {
    private static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)password=([^&;]*)");
    // Replacing very short passwords verbatim would garble unrelated text; URL masking still covers them.
    private static final int MIN_VERBATIM = 4;

    private final List<String> passwords;

    private Secrets(List<String> passwords) {
        this.passwords = List.copyOf(passwords);
    }

    static Secrets of(List<String> args) {
        List<String> found = new ArrayList<>();
        for (String a : args) {
            String value = a.startsWith("--") && a.contains("=") ? a.substring(a.indexOf('=') + 1) : a;
            if (!value.contains(":")) continue;
            Matcher m = JDBC_PASSWORD.matcher(value);
            while (m.find()) found.add(m.group(1));
            if (value.contains("://") && !value.startsWith("jdbc:")) {
                try {
                    DatabaseUrl.parse(value).password().ifPresent(found::add);
                } catch (RuntimeException e) {
                    // not a URL we can parse: masking by pattern still applies
                }
            }
        }
        found.removeIf(p -> p.length() < MIN_VERBATIM);
        return new Secrets(found);
    }

    String mask(String text) {
        String out = DatabaseUrl.mask(text);
        for (String p : passwords) out = out.replace(p, "xxxxx");
        return out;
    }
}
