package io.atlas4j.maven;

import io.atlas4j.spi.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Masks passwords in anything a goal logs or fails with: URL user info, {@code password=} parameters, and the known passwords verbatim. */
final class Secrets {
    private static final Pattern USER_INFO = Pattern.compile("(://[^:/@\\s\"']*:)[^@/\\s\"']*@");
    private static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s\"']*");
    // Replacing very short passwords verbatim would garble unrelated text; URL masking still covers them.
    private static final int MIN_VERBATIM = 4;

    private final List<String> passwords;

    Secrets(List<String> passwords) {
        List<String> known = new ArrayList<>();
        for (String p : passwords) {
            if (p == null || p.length() < MIN_VERBATIM) continue;
            known.add(p);
            known.add(URLEncoder.encode(p, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        this.passwords = List.copyOf(known);
    }

    /** {@return secrets that mask the passwords of these URLs and credentials} */
    static Secrets of(Credentials credentials, String... urls) {
        List<String> found = new ArrayList<>();
        credentials.password().ifPresent(found::add);
        for (String url : urls) {
            if (url == null || !url.contains("://") || url.startsWith("jdbc:")) continue;
            try {
                DatabaseUrl.parse(url).password().ifPresent(found::add);
            } catch (RuntimeException e) {
                // not a URL we can parse: masking by pattern still applies
            }
        }
        return new Secrets(found);
    }

    String mask(String text) {
        if (text == null) return null;
        String out = USER_INFO.matcher(text).replaceAll("$1xxxxx@");
        out = JDBC_PASSWORD.matcher(out).replaceAll("$1xxxxx");
        for (String p : passwords) out = out.replace(p, "xxxxx");
        return out;
    }
}
