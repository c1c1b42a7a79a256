package dev.flexkit.sandbox.control;

import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.client.model.SeedCustomer;
import dev.flexkit.sandbox.client.model.SeedDocument;
import dev.flexkit.sandbox.client.model.SeedPaymentMethod;
import dev.flexkit.sandbox.client.model.SeedPrice;
import dev.flexkit.sandbox.client.model.SeedProduct;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a seed document (the control API's {@code SeedDocument}) into the domain. Visit types and
 * eligibilities must be values of the Flex contract's enums: the sandbox serves them back in responses that
 * are checked against that contract.
 */
public final class SeedDocuments {

    private static final List<String> VISIT_TYPES = Arrays.stream(VisitType.Known.values())
            .map(VisitType.Known::getValue)
            .toList();
    private static final List<String> ELIGIBILITIES = Arrays.stream(HsaFsaEligibility.Known.values())
            .map(HsaFsaEligibility.Known::getValue)
            .toList();

    private SeedDocuments() {}

    public static Drafts.Seed toDomain(SeedDocument document) {
        List<Problem> problems = new ArrayList<>();
        List<Drafts.ProductDraft> products = new ArrayList<>();
        List<SeedProduct> seededProducts = orEmpty(document.getProducts());
        for (int i = 0; i < seededProducts.size(); i++) {
            SeedProduct p = seededProducts.get(i);
            products.add(new Drafts.ProductDraft(
                    p.getProductId(),
                    p.getName(),
                    p.getDescription(),
                    parse(
                            p.getVisitType(),
                            VisitType::fromValue,
                            VisitType::isKnown,
                            VISIT_TYPES,
                            problems,
                            "products",
                            i,
                            "visit_type"),
                    parse(
                            p.getHsaFsaEligibility(),
                            HsaFsaEligibility::fromValue,
                            HsaFsaEligibility::isKnown,
                            ELIGIBILITIES,
                            problems,
                            "products",
                            i,
                            "hsa_fsa_eligibility"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of()));
        }
        List<Drafts.PriceDraft> prices = new ArrayList<>();
        for (SeedPrice p : orEmpty(document.getPrices())) {
            prices.add(new Drafts.PriceDraft(
                    p.getPriceId(), p.getProduct(), p.getUnitAmount(), p.getDescription(), null, true, Map.of()));
        }
        List<Drafts.SeedCustomer> customers = new ArrayList<>();
        List<SeedCustomer> seededCustomers = orEmpty(document.getCustomers());
        for (int i = 0; i < seededCustomers.size(); i++) {
            customers.add(customer(seededCustomers.get(i), i, problems));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new Drafts.Seed(
                document.getNow() == null ? null : document.getNow().toInstant(), products, prices, customers);
    }

    private static Drafts.SeedCustomer customer(SeedCustomer c, int index, List<Problem> problems) {
        Drafts.CustomerDraft draft = new Drafts.CustomerDraft(
                c.getCustomerId(), c.getFirstName(), c.getLastName(), c.getEmail(), c.getPhone(), null, null, Map.of());
        List<Drafts.SeedPaymentMethod> methods = new ArrayList<>();
        for (SeedPaymentMethod pm : orEmpty(c.getPaymentMethods())) {
            methods.add(new Drafts.SeedPaymentMethod(
                    pm.getPaymentMethodId(),
                    Boolean.TRUE.equals(pm.getOffSession()),
                    pm.getBrand() == null ? "visa" : pm.getBrand(),
                    pm.getLast4() == null ? "4242" : pm.getLast4()));
        }
        List<Drafts.SeedLetter> letters = new ArrayList<>();
        var seededLetters = orEmpty(c.getLetters());
        for (int j = 0; j < seededLetters.size(); j++) {
            VisitType visitType = parse(
                    seededLetters.get(j).getVisitType(),
                    VisitType::fromValue,
                    VisitType::isKnown,
                    VISIT_TYPES,
                    problems,
                    "customers",
                    index,
                    "letters",
                    j,
                    "visit_type");
            LocalDate day = seededLetters.get(j).getConsultationDate();
            letters.add(new Drafts.SeedLetter(visitType, day));
        }
        return new Drafts.SeedCustomer(draft, methods, letters);
    }

    private static <T> T parse(
            String value,
            Function<String, T> fromValue,
            Predicate<T> isKnown,
            List<String> known,
            List<Problem> problems,
            Object... loc) {
        if (value == null) {
            return null;
        }
        T parsed = fromValue.apply(value);
        if (!isKnown.test(parsed)) {
            problems.add(new Problem(
                    List.of(loc), "'" + value + "' is not one of the Flex contract's values " + known, "enum"));
        }
        return parsed;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
