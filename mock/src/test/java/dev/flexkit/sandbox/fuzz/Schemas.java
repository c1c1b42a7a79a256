package dev.flexkit.sandbox.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the fuzzer reads off a schema of the contract. */
final class Schemas {

    private static final Pattern ID_PATTERN = Pattern.compile("^\\^(f[a-z]+_)\\[0-9A-Za-z]\\+\\$$");

    private Schemas() {}

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "any";
    }

    /** @return the id prefix a string field takes ({@code fprice_} for {@code price}), or null when it is no id */
    static String idPrefix(String name, Schema<?> schema) {
        if (schema.getPattern() != null) {
            Matcher id = ID_PATTERN.matcher(schema.getPattern());
            return id.matches() ? id.group(1) : null;
        }
        return schema.getEnum() == null && schema.getFormat() == null ? IdPool.prefixOfField(name) : null;
    }

    /** @return the smallest and the largest integer the schema allows, its format's range when it gives none */
    static BigInteger[] integerBounds(Schema<?> schema) {
        BigInteger low = "int32".equals(schema.getFormat())
                ? BigInteger.valueOf(Integer.MIN_VALUE)
                : BigInteger.valueOf(Long.MIN_VALUE);
        BigInteger high = "int32".equals(schema.getFormat())
                ? BigInteger.valueOf(Integer.MAX_VALUE)
                : BigInteger.valueOf(Long.MAX_VALUE);
        if (schema.getMinimum() != null) {
            BigInteger min =
                    schema.getMinimum().setScale(0, RoundingMode.CEILING).toBigInteger();
            low = Boolean.TRUE.equals(schema.getExclusiveMinimum()) && isWhole(schema.getMinimum())
                    ? min.add(BigInteger.ONE)
                    : min;
        }
        if (schema.getMaximum() != null) {
            BigInteger max = schema.getMaximum().setScale(0, RoundingMode.FLOOR).toBigInteger();
            high = Boolean.TRUE.equals(schema.getExclusiveMaximum()) && isWhole(schema.getMaximum())
                    ? max.subtract(BigInteger.ONE)
                    : max;
        }
        return new BigInteger[] {low, high};
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
