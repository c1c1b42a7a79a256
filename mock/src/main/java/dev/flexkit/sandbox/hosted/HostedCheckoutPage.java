package dev.flexkit.sandbox.hosted;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.sandbox.domain.CardDeclinedException;
import dev.flexkit.sandbox.domain.CheckoutSession;
import dev.flexkit.sandbox.domain.Customer;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Drafts.HostedCustomer;
import dev.flexkit.sandbox.domain.InvalidStateException;
import dev.flexkit.sandbox.domain.NotFoundException;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import dev.flexkit.sandbox.hosted.CheckoutPageModel.Entered;
import dev.flexkit.sandbox.hosted.CheckoutPageModel.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sandbox's hosted checkout page, where the customer of an on-session checkout goes ({@code redirect_url}):
 * {@code GET /pay/c/{id}} shows the cart and the form, {@code POST /pay/c/{id}} takes it. Paying completes the session
 * through {@link dev.flexkit.sandbox.domain.Checkouts#complete}, the code the control API's completion runs, and
 * redirects (303) to {@code success_url}; cancel goes back to {@code cancel_url} and leaves the session open (Stripe's
 * page does that; Flex does not say: inferred).
 * <p>
 * The page takes no API key: the session id in its URL is the capability, as on Flex's own page. It reaches the one
 * session of the one key that created it ({@link Datasets#holdingSession}) and shows nothing else of that key's data.
 * A form post from another origin ({@code Origin} header) is refused, bodies are bounded, every answer is
 * {@code no-store} and may not be framed.
 */
public final class HostedCheckoutPage implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "flex-hosted-checkout";

    /** A filled-in form is a few hundred bytes. */
    static final int MAX_FORM_BYTES = 16 * 1024;

    /** The control API's {@code card_number}: digits only. */
    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{12,19}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

    private final Datasets datasets;
    // Compiled on the first page a customer opens, not while the server is set up (Handlebars' parser is a few
    // hundred classes that the API's first answer does not need).
    private static final class Templates {
        static final PageTemplates PAGES = new PageTemplates();
    }

    public HostedCheckoutPage(Datasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl();
        int query = path.indexOf('?');
        String id = (query < 0 ? path : path.substring(0, query)).substring(HostedCheckoutUrls.PATH.length());
        String method = request.getMethod().getName();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (!read && !method.equals("POST")) {
            return html(
                            405,
                            Templates.PAGES.closed(new ClosedPageModel(
                                    "Method not allowed", "This page answers GET and POST only.", null)))
                    .withHeader("Allow", "GET, HEAD, POST")
                    .build();
        }
        Optional<Dataset> dataset = id.isEmpty() || id.contains("/") ? Optional.empty() : datasets.holdingSession(id);
        Optional<CheckoutSession> session = dataset.flatMap(d -> d.checkouts().find(id));
        // An off-session checkout never had a page.
        if (session.isEmpty() || session.get().isOffSession()) {
            return page(404, Templates.PAGES.closed(ClosedPageModel.unknown()));
        }
        if (session.get().status() != CheckoutSessionStatus.OPEN) {
            return closed(session.get(), read ? 200 : 409);
        }
        return read
                ? form(dataset.get(), session.get(), Entered.NOTHING, Problems.NONE, 200)
                : submit(request, dataset.get(), session.get());
    }

    private ResponseDefinition submit(Request request, Dataset dataset, CheckoutSession session) {
        String contentType = request.contentTypeHeader().mimeTypePart();
        if (contentType == null || !contentType.equalsIgnoreCase("application/x-www-form-urlencoded")) {
            return page(
                    415,
                    Templates.PAGES.closed(new ClosedPageModel(
                            "Unsupported form",
                            "This page takes the form it shows (application/x-www-form-urlencoded).",
                            session.id())));
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(HostedCheckoutUrls.origin(request))) {
            return page(
                    403,
                    Templates.PAGES.closed(new ClosedPageModel(
                            "Form refused", "A form of another site cannot pay this checkout.", session.id())));
        }
        byte[] body = request.getBody();
        if (body != null && body.length > MAX_FORM_BYTES) {
            return page(
                    413,
                    Templates.PAGES.closed(new ClosedPageModel(
                            "Form too large", "The form has more than the page asks for.", session.id())));
        }
        FormBody form;
        try {
            form = FormBody.parse(request.getBodyAsString());
        } catch (IllegalArgumentException unreadable) {
            return form(
                    dataset,
                    session,
                    Entered.NOTHING,
                    new Problems("The form could not be read: send it again.", null, null, null),
                    400);
        }
        Entered entered = new Entered(form.get("email"), form.get("consultation"));
        String action = form.get("action");
        if ("cancel".equals(action)) {
            String cancelUrl = webUrl(session.links().cancelUrl(), session.id());
            return cancelUrl == null
                    ? form(
                            dataset,
                            session,
                            entered,
                            new Problems("This checkout has no page to go back to.", null, null, null),
                            422)
                    : seeOther(cancelUrl);
        }
        if (!"pay".equals(action)) {
            return form(dataset, session, entered, new Problems("Choose pay or cancel.", null, null, null), 400);
        }
        return pay(dataset, session, form, entered);
    }

    private ResponseDefinition pay(Dataset dataset, CheckoutSession session, FormBody form, Entered entered) {
        boolean ownCustomer = session.customerId() != null;
        String email = entered.email();
        String emailProblem = ownCustomer
                        || (email != null
                                && email.length() <= 254
                                && EMAIL.matcher(email).matches())
                ? null
                : email == null ? "Enter your email address." : "Enter an email address such as name@example.com.";
        boolean consultation = CheckoutPageModel.needsConsultation(session);
        String choice = entered.consultation();
        String consultationProblem = !consultation || "approved".equals(choice) || "denied".equals(choice)
                ? null
                : "Choose the consultation's outcome.";
        // Typed as printed on a card, in groups: the domain takes the digits alone, as the control API does.
        String card =
                form.get("card_number") == null ? null : form.get("card_number").replaceAll("[ -]", "");
        boolean needsCard = session.mode() != CheckoutSessionMode.REIMBURSEMENT;
        String cardProblem =
                !needsCard || (card != null && CARD_NUMBER.matcher(card).matches())
                        ? null
                        : card == null ? "Enter a card number." : "Enter the card number: 12 to 19 digits.";
        Problems problems = new Problems(null, emailProblem, consultationProblem, cardProblem);
        if (problems.any()) {
            return form(dataset, session, entered, problems, 422);
        }
        HostedCustomer who = ownCustomer ? null : new HostedCustomer(email, null, null, null);
        CheckoutSession completed;
        try {
            completed = dataset.checkouts()
                    .complete(session.id(), "approved".equals(choice), who, card)
                    .session();
        } catch (CardDeclinedException declined) {
            return form(dataset, session, entered, new Problems(null, null, null, text(declined.problem())), 402);
        } catch (RuleViolationException refused) {
            return form(
                    dataset,
                    session,
                    entered,
                    new Problems(text(refused.problems().get(0)), null, null, null),
                    422);
        } catch (InvalidStateException | NotFoundException gone) {
            // Another tab, the merchant or the clock got there first.
            return dataset.checkouts()
                    .find(session.id())
                    .map(now -> closed(now, 409))
                    .orElseGet(() -> page(404, Templates.PAGES.closed(ClosedPageModel.unknown())));
        }
        String successUrl = webUrl(completed.links().successUrl(), completed.id());
        return successUrl == null
                ? page(200, Templates.PAGES.closed(ClosedPageModel.completedWithoutReturnUrl(completed)))
                : seeOther(successUrl);
    }

    // Flex's messages are "<type>: <text>"; the customer reads the text.
    private static String text(Problem problem) {
        return problem.msg().substring(problem.msg().indexOf(": ") + 2);
    }

    private ResponseDefinition form(
            Dataset dataset, CheckoutSession session, Entered entered, Problems problems, int status) {
        Customer customer =
                session.customerId() == null ? null : dataset.customers().customer(session.customerId());
        return page(status, Templates.PAGES.checkout(CheckoutPageModel.of(session, customer, entered, problems)));
    }

    private ResponseDefinition closed(CheckoutSession session, int readStatus) {
        int status = session.status() == CheckoutSessionStatus.COMPLETE ? readStatus : 410;
        return page(status, Templates.PAGES.closed(ClosedPageModel.of(session)));
    }

    /**
     * @return the merchant's URL with {@code {CHECKOUT_SESSION_ID}} replaced (Flex's using-redirects page), when
     *     it is an absolute http(s) URL; {@code null} otherwise: the page never redirects to {@code javascript:} or
     *     a relative path
     */
    static String webUrl(String url, String sessionId) {
        if (url == null) {
            return null;
        }
        String replaced = url.replace("{CHECKOUT_SESSION_ID}", sessionId);
        try {
            URI uri = new URI(replaced);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    ? replaced
                    : null;
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }

    private static ResponseDefinition page(int status, String body) {
        return html(status, body).build();
    }

    private static ResponseDefinitionBuilder html(int status, String body) {
        return secured(ResponseDefinitionBuilder.responseDefinition().withStatus(status))
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(body);
    }

    private static ResponseDefinition seeOther(String location) {
        return secured(ResponseDefinitionBuilder.responseDefinition().withStatus(303))
                .withHeader("Location", location)
                .build();
    }

    // The URL is a capability: never cached, never sent on as a referrer to another site, never framed.
    private static ResponseDefinitionBuilder secured(ResponseDefinitionBuilder response) {
        return response.withHeader("Cache-Control", "no-store")
                .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("Referrer-Policy", "same-origin");
    }
}
