package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Recompilation reads a source's dependences from: its code, not its comments or literals. */
class JavaCodeTest {

    @Test
    void blanksCommentsAndLiteralsAndKeepsTheCode() {
        String source = """
                /** The {@link Customer} of a session. */
                class Session extends Base { // holds a Customer
                  /* a Customer, "quoted" */ Expandable<Invoice> invoice;
                  String name = "Customer \\" still the string";
                  char quote = '"'; char escaped = '\\'';
                  String block = \"""
                      Customer "in" a text block
                      \""";
                  Price price;
                }
                """;

        String code = JavaCode.withoutCommentsAndLiterals(source);

        assertThat(code)
                .contains("class Session extends Base", "Expandable<Invoice> invoice;", "Price price;")
                .doesNotContain("Customer", "still the string", "quoted", "text block");
        assertThat(code).contains("String name =", "char quote =", "char escaped =", "String block =");
    }
}
