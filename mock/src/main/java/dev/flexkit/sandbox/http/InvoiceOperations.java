package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.InvoiceEnvelope;
import dev.flexkit.client.model.InvoiceList;
import dev.flexkit.sandbox.domain.Page;
import java.util.Map;

/** The invoice operations of the contract (List and Get Invoice). */
final class InvoiceOperations {

    /** Flex's list page: "the default is 20" (the other lists' is 10). */
    private static final int DEFAULT_LIMIT = 20;

    private InvoiceOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put("listInvoices", call -> {
            Page asked = call.page();
            Page page = call.query("limit") == null
                    ? new Page(asked.startingAfter(), asked.endingBefore(), asked.offset(), DEFAULT_LIMIT)
                    : asked;
            return new InvoiceList()
                    .invoices(call.dataset().subscriptions().invoices(call.query("customer"), page).stream()
                            .map(BillingViews::invoice)
                            .toList());
        });
        operations.put(
                "retrieveInvoice",
                call -> new InvoiceEnvelope()
                        .invoice(BillingViews.invoice(
                                call.dataset().subscriptions().invoice(call.path("id")))));
    }
}
