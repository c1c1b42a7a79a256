package dev.flexkit.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a step buys: {@code 1 "gym membership" and 2 "bandages"}. Products are named by their fixture role. */
public record Cart(List<Line> lines) {

    /** The text of a cart in a step. */
    public static final String REGEX = "\\d+ \"[^\"]+\"(?:(?:, | and )\\d+ \"[^\"]+\")*";

    private static final Pattern LINE = Pattern.compile("(\\d+) \"([^\"]+)\"");

    public record Line(long quantity, String product) {}

    public static Cart parse(String text) {
        List<Line> lines = new ArrayList<>();
        Matcher matcher = LINE.matcher(text);
        while (matcher.find()) {
            lines.add(new Line(Long.parseLong(matcher.group(1)), matcher.group(2)));
        }
        return new Cart(List.copyOf(lines));
    }
}
