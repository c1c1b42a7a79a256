package dev.flexkit.sandbox.http;

/**
 * The path and the raw query of a request URL, split by hand: clients such as curl send characters
 * ({@code {}|^}) that {@code java.net.URI} refuses, and a URL the server received must never become a 500.
 */
record RequestUrls(String path, String rawQuery) {

    static RequestUrls of(String url) {
        int query = url.indexOf('?');
        return query < 0
                ? new RequestUrls(url, null)
                : new RequestUrls(url.substring(0, query), url.substring(query + 1));
    }
}
