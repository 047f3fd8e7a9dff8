package io.atlas4j.spi;

import io.atlas4j.error.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An atlas4j database URL: {@code scheme://user:pass@host:port/path?k=v} for servers
 * ({@link #parse}), or {@code scheme://path/to/file?k=v} for file databases ({@link #parseFile}); a
 * dialect's {@link Connector#parse} picks the form. {@link #toString()} masks the password so URLs
 * can appear in messages and logs.
 */
public record DatabaseUrl(String scheme, Optional<String> user, Optional<String> password, Optional<String> host,
                          Optional<Integer> port, String path, Map<String, String> params, String raw) {
    public DatabaseUrl {
        Objects.requireNonNull(scheme, "scheme");
        params = Map.copyOf(params);
    }

    /** {@return the URL's scheme in lower case, such as {@code postgres}} */
    public static String scheme(String url) {
        int sep = url.indexOf("://");
        if (sep <= 0) {
            throw new InvalidInputException("invalid database URL \"" + mask(url)
                    + "\": expected scheme://..., e.g. sqlite://file.db, postgres://user@host:5432/db, mysql://root@localhost/db");
        }
        return url.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return a server URL parsed: {@code scheme://user:pass@host:port/path?k=v}} */
    public static DatabaseUrl parse(String url) {
        String scheme = scheme(url);
        Map<String, String> params = new LinkedHashMap<>();
        String rest = withoutQuery(url.substring(scheme.length() + 3), params);
        String authority = rest;
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            authority = rest.substring(0, slash);
            path = rest.substring(slash + 1);
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) password = Optional.of(decode(userInfo.substring(colon + 1)));
        }
        Optional<Integer> port = Optional.empty();
        String host = authority;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            try {
                port = Optional.of(Integer.parseInt(authority.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("invalid port in database URL \"" + mask(url) + "\": use host:port with a number");
            }
        }
        return new DatabaseUrl(scheme, user, password, host.isEmpty() ? Optional.empty() : Optional.of(host), port,
                decode(path), params, url);
    }

    /** {@return a file URL parsed: everything between {@code ://} and {@code ?} is the path, taken as written} */
    public static DatabaseUrl parseFile(String url) {
        String scheme = scheme(url);
        Map<String, String> params = new LinkedHashMap<>();
        String path = withoutQuery(url.substring(scheme.length() + 3), params);
        return new DatabaseUrl(scheme, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), path, params, url);
    }

    private static String withoutQuery(String rest, Map<String, String> params) {
        int q = rest.indexOf('?');
        if (q < 0) return rest;
        for (String kv : rest.substring(q + 1).split("&")) {
            if (kv.isEmpty()) continue;
            int eq = kv.indexOf('=');
            params.put(decode(eq < 0 ? kv : kv.substring(0, eq)), eq < 0 ? "" : decode(kv.substring(eq + 1)));
        }
        return rest.substring(0, q);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** {@return the URL with any password replaced by {@code xxxxx}} */
    public static String mask(String url) {
        return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1xxxxx@").replaceAll("(?i)(password=)[^&]*", "$1xxxxx");
    }

    @Override
    public String toString() {
        return mask(raw);
    }
}
