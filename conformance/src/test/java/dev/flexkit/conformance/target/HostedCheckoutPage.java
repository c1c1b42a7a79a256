package dev.flexkit.conformance.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sandbox's hosted checkout page as a browser without JavaScript uses it: the page is read, its form filled in
 * by the names of its own fields and posted; the redirect that comes back is not followed (the merchant's
 * {@code success_url} need not exist). Flex's own hosted page is a JavaScript application a form post cannot drive:
 * the scenarios that use this are {@code @sandbox-only}. Not the contract's business, so not contract-checked.
 */
public final class HostedCheckoutPage {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI url;
    private final Answer shown;

    /** What the page answered: a page (the form again, or a page instead of it) or a redirect. */
    public record Answer(int status, String location, Document html) {

        /** @return the text of the page's error messages */
        public String errors() {
            return html.select(".alert, .error").eachText().toString();
        }
    }

    private HostedCheckoutPage(URI url, Answer shown) {
        this.url = url;
        this.shown = shown;
    }

    /** @param redirectUrl the checkout session's {@code redirect_url} */
    public static HostedCheckoutPage open(String redirectUrl) {
        URI url = URI.create(redirectUrl);
        return new HostedCheckoutPage(url, send(HttpRequest.newBuilder(url).GET()));
    }

    public Answer shown() {
        return shown;
    }

    /**
     * Fills in the page's form and submits it with the button of that {@code action} ({@code pay}, {@code cancel}).
     *
     * @throws AssertionError when the page has no such form, field or button
     */
    public Answer submit(String action, Map<String, String> fields) {
        Element form = shown.html().selectFirst("form[method=post]");
        if (form == null) {
            throw new AssertionError(
                    "The hosted page shows no form: " + shown.html().title());
        }
        if (form.selectFirst("button[name=action][value=" + action + "]") == null) {
            throw new AssertionError("The hosted page has no " + action + " button");
        }
        fields.keySet().forEach(name -> {
            if (form.selectFirst("[name=" + name + "]") == null) {
                throw new AssertionError("The hosted page has no field " + name);
            }
        });
        String body = fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&", "", fields.isEmpty() ? "" : "&"))
                + "action=" + encode(action);
        return send(HttpRequest.newBuilder(url.resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // A browser posts its origin; the page refuses another site's.
                .header("Origin", url.getScheme() + "://" + url.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    Jsoup.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
