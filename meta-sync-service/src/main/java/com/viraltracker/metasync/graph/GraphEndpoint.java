package com.viraltracker.metasync.graph;

import java.net.URI;
import java.util.Locale;

/**
 * The one origin (scheme, host, port) the SDK may call. Paging links come from the answer, so a tampered or
 * misdirected answer could otherwise send the next request, token included, anywhere.
 */
public record GraphEndpoint(String scheme, String host, int port) {

    public static GraphEndpoint of(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("META_GRAPH_BASE_URL must be an absolute http(s) URL, not " + baseUrl);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return new GraphEndpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), effectivePort(scheme, uri.getPort()));
    }

    /** True when {@code url} is on this origin. */
    public boolean allows(URI url) {
        if (url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        String otherScheme = url.getScheme().toLowerCase(Locale.ROOT);
        return otherScheme.equals(scheme)
                && url.getHost().toLowerCase(Locale.ROOT).equals(host)
                && effectivePort(otherScheme, url.getPort()) == port;
    }

    /** {@code scheme://host:port} of a URL, without its path and query (which may carry the token). */
    static String originOf(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    private static int effectivePort(String scheme, int port) {
        return port >= 0 ? port : scheme.equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
