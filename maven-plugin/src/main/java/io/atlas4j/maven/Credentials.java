package io.atlas4j.maven;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user name and password kept out of the POM (a {@code settings.xml} server, an environment
 * variable) and put into the database URLs of a goal. Server URLs get them as user info
 * ({@code postgres://user:pass@host/db}); {@code jdbc:} URLs as {@code user}/{@code password}
 * parameters; SQLite URLs and {@code file://} sources are left alone.
 *
 * @param user     replaces the URL's user when present
 * @param password replaces the URL's password when present
 */
record Credentials(Optional<String> user, Optional<String> password) {
    static final Credentials NONE = new Credentials(Optional.empty(), Optional.empty());

    Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        user = user.filter(u -> !u.isEmpty());
        password = password.filter(p -> !p.isEmpty());
    }

    boolean isEmpty() {
        return user.isEmpty() && password.isEmpty();
    }

    /** {@return these credentials where they are present, else {@code other}'s} */
    Credentials or(Credentials other) {
        return new Credentials(user.or(other::user), password.or(other::password));
    }

    /** {@return the URL with these credentials in it; unchanged for file databases, file:// sources and null} */
    String applyTo(String url) {
        if (url == null || isEmpty() || !isServerUrl(url)) return url;
        if (url.startsWith("jdbc:")) return applyToJdbc(url);
        int sep = url.indexOf("://");
        int start = sep + 3;
        int end = url.length();
        for (char c : new char[] {'/', '?'}) {
            int i = url.indexOf(c, start);
            if (i >= 0 && i < end) end = i;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = at < 0 ? authority : authority.substring(at + 1);
        String oldUser = null;
        String oldPassword = null;
        if (at >= 0) {
            String info = authority.substring(0, at);
            int colon = info.indexOf(':');
            oldUser = colon < 0 ? info : info.substring(0, colon);
            oldPassword = colon < 0 ? null : info.substring(colon + 1);
        }
        String u = user.map(Credentials::encode).orElse(oldUser);
        String p = password.map(Credentials::encode).orElse(oldPassword);
        StringBuilder info = new StringBuilder();
        if (u != null) info.append(u);
        if (p != null) info.append(':').append(p);
        String userInfo = info.length() == 0 ? "" : info + "@";
        return url.substring(0, start) + userInfo + hostPort + url.substring(end);
    }

    private String applyToJdbc(String url) {
        List<String> params = new ArrayList<>();
        user.ifPresent(u -> params.add("user=" + encode(u)));
        password.ifPresent(p -> params.add("password=" + encode(p)));
        return url + (url.contains("?") ? "&" : "?") + String.join("&", params);
    }

    /** {@return whether the URL names a database on a server, which takes a user and password} */
    static boolean isServerUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file://") || lower.startsWith("sqlite") || lower.startsWith("jdbc:sqlite:")) return false;
        return lower.startsWith("jdbc:") || lower.contains("://");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user.orElse("") + ", password=" + (password.isPresent() ? "xxxxx" : "") + "]";
    }
}
