package dev.flexkit.contract;

import static org.joda.time.DateTimeFieldType.dayOfMonth;
import static org.joda.time.DateTimeFieldType.hourOfDay;
import static org.joda.time.DateTimeFieldType.minuteOfHour;
import static org.joda.time.DateTimeFieldType.monthOfYear;
import static org.joda.time.DateTimeFieldType.secondOfMinute;
import static org.joda.time.DateTimeFieldType.year;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.ValidationContext;
import java.util.List;
import java.util.function.Predicate;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import org.joda.time.format.DateTimeFormatter;
import org.joda.time.format.DateTimeFormatterBuilder;

/**
 * The formats the quick check knows, each decided exactly as the Atlassian validator's fge backend decides it:
 * the same Joda parsers as fge's {@code date-time} and {@code date} attributes, the same strict
 * {@link InternetAddress} as its {@code email}, the same overflow test as Atlassian's {@code int32} and
 * {@code int64}. A schema naming any other format is not checked quickly at all ({@link QuickSchemas}).
 */
final class QuickFormats {

    // fge's DateTimeAttribute: four-digit year, optional fraction of 1 to 12 digits, "Z" or an offset.
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendFixedDecimal(year(), 4)
            .appendLiteral('-')
            .appendFixedDecimal(monthOfYear(), 2)
            .appendLiteral('-')
            .appendFixedDecimal(dayOfMonth(), 2)
            .appendLiteral('T')
            .appendFixedDecimal(hourOfDay(), 2)
            .appendLiteral(':')
            .appendFixedDecimal(minuteOfHour(), 2)
            .appendLiteral(':')
            .appendFixedDecimal(secondOfMinute(), 2)
            .appendOptional(new DateTimeFormatterBuilder()
                    .appendLiteral('.')
                    .appendFractionOfSecond(1, 12)
                    .toParser())
            .appendTimeZoneOffset("Z", false, 2, 2)
            .toFormatter();

    // fge's draft v3 DateAttribute, which Atlassian's library registers for "date".
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendFixedDecimal(year(), 4)
            .appendLiteral('-')
            .appendFixedDecimal(monthOfYear(), 2)
            .appendLiteral('-')
            .appendFixedDecimal(dayOfMonth(), 2)
            .toFormatter();

    static final List<Format> ALL = List.of(
            new Text("date-time", value -> parses(() -> DATE_TIME.parseDateTime(value))),
            new Text("date", value -> parses(() -> DATE.parseLocalDate(value))),
            new Text("email", QuickFormats::isEmail),
            // Atlassian's attributes apply to integers only; any other value passes them, as here.
            new Integral("int32", JsonNode::canConvertToInt),
            new Integral("int64", JsonNode::canConvertToLong));

    private QuickFormats() {}

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    private static boolean isEmail(String value) {
        try {
            new InternetAddress(value, true);
            return true;
        } catch (AddressException invalid) {
            return false;
        }
    }

    /** A format of strings; networknt lets every other type through, as fge does. */
    private record Text(String name, Predicate<String> test) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext executionContext, String value) {
            return test.test(value);
        }
    }

    private record Integral(String name, Predicate<JsonNode> fits) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext executionContext, ValidationContext validationContext, JsonNode value) {
            return !value.isIntegralNumber() || fits.test(value);
        }
    }
}
