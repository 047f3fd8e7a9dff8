package io.atlas4j.operator.internal;

import io.atlas4j.spi.DatabaseUrl;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of what the operator writes (status, events, logs): every value read from a
 * Secret is registered here, and each message goes through {@link #clean} before it leaves.
 */
final class Redactor {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)password=([^&;\\s]+)");
    private static final String MASK = "xxxxx";
    private final Set<String> secrets = new LinkedHashSet<>();

    /** Registers a URL read from a Secret: the URL itself and its password, in every spelling an error may use. */
    void url(String url) {
        add(url);
        try {
            Optional<String> pw = DatabaseUrl.parse(url).password();
            pw.ifPresent(this::password);
        } catch (RuntimeException e) {
            // not an atlas4j URL (a jdbc: URL); its password= parameter is caught below
        }
        Matcher m = PASSWORD_PARAM.matcher(url);
        while (m.find()) password(m.group(1));
    }

    private void password(String pw) {
        add(pw);
        add(URLDecoder.decode(pw, StandardCharsets.UTF_8));
        add(URLEncoder.encode(pw, StandardCharsets.UTF_8));
    }

    private void add(String s) {
        if (s != null && s.length() >= 3) secrets.add(s);
    }

    /** {@return {@code text} with every registered secret and every URL password masked} */
    String clean(String text) {
        if (text == null) return "";
        String out = text;
        // Longest first, so a URL is masked whole before its password alone is.
        for (String s : secrets.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (out.contains(s)) out = out.replace(s, s.contains("://") || s.startsWith("jdbc:") ? DatabaseUrl.mask(s) : MASK);
        }
        for (String s : secrets) if (out.contains(s)) out = out.replace(s, MASK);
        return DatabaseUrl.mask(out);
    }
}
