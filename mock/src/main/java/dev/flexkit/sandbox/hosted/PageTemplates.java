package dev.flexkit.sandbox.hosted;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The hosted page's Handlebars templates ({@code src/main/resources/hosted-checkout/}), compiled once. Handlebars is
 * WireMock's own template engine; {@code {{value}}} escapes HTML (and quotes, backticks and {@code =}), and the
 * templates never use the unescaped {@code {{{value}}}}, so nothing a merchant or customer typed becomes markup.
 */
final class PageTemplates {

    private final Template checkout;
    private final Template closed;

    PageTemplates() {
        Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/hosted-checkout", ".hbs"));
        try {
            checkout = handlebars.compile("checkout");
            closed = handlebars.compile("closed");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the hosted checkout page's templates", e);
        }
    }

    String checkout(CheckoutPageModel model) {
        return apply(checkout, model);
    }

    String closed(ClosedPageModel model) {
        return apply(closed, model);
    }

    // Records have accessors, not bean getters: the method resolver reads them by name.
    private static String apply(Template template, Object model) {
        Context context = Context.newBuilder(model)
                .resolver(MethodValueResolver.INSTANCE, MapValueResolver.INSTANCE)
                .build();
        try {
            return template.apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.destroy();
        }
    }
}
