package io.atlas4j.spi;

import io.atlas4j.error.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An atlas4j database URL, {@code scheme://user:pass@host:port/path?k=v}, or {@code sqlite://file.db}.
 * {@link #toString()} masks the password so URLs can appear in messages and logs.
 */
public record DatabaseUrl(String scheme, Optional<String> user, Optional<String> password, Optional<String> host,
                          Optional<Integer> port, String path, Map<String, String> params, String raw) {
    public DatabaseUrl {
        Objects.requireNonNull(scheme, "scheme");
        params = Map.copyOf(params);
    }

    public static DatabaseUrl parse(String url) {
        int sep = url.indexOf("://");
        if (sep <= 0) {
            throw new InvalidInputException("invalid database URL \"" + mask(url)
                    + "\": expected scheme://..., e.g. sqlite://file.db, postgres://user@host:5432/db, mysql://root@localhost/db");
        }
        String scheme = url.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
        String rest = url.substring(sep + 3);
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String kv : rest.substring(q + 1).split("&")) {
                if (kv.isEmpty()) continue;
                int eq = kv.indexOf('=');
                params.put(decode(eq < 0 ? kv : kv.substring(0, eq)), eq < 0 ? "" : decode(kv.substring(eq + 1)));
            }
            rest = rest.substring(0, q);
        }
        if (scheme.equals("sqlite")) {
            return new DatabaseUrl(scheme, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), rest, params, url);
        }
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
