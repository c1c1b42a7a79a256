package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the operation of the contract a request is for, by its method and its path's segments: a lookup by
 * method and number of segments, then a comparison of the few candidates' literal segments, where a WireMock
 * stub per operation would have WireMock match every stub's pattern against every request. A path parameter
 * ({@code {id}}) takes any non-empty segment, as WireMock's {@code urlPathTemplate} does; where two templates
 * fit, the one with more literal segments wins ({@code /v1/a/b} over {@code /v1/a/{id}}).
 */
final class OperationRouter {

    /** An operation of the contract and its path template, as the contract writes it and compiled once. */
    record Route(String operationId, String path, PathTemplate template) {}

    private record Candidate(String[] segments, int literals, Route route) {}

    private final Map<String, List<Candidate>> candidates = new HashMap<>();

    /** @param operations {@code METHOD path operationId} of each operation, as {@link ContractRoutes#operations()} */
    OperationRouter(List<String[]> operations) {
        for (String[] operation : operations) {
            String[] segments = segments(operation[1]);
            int literals = 0;
            for (String segment : segments) {
                literals += isParameter(segment) ? 0 : 1;
            }
            candidates
                    .computeIfAbsent(key(operation[0], segments.length), k -> new ArrayList<>())
                    .add(new Candidate(
                            segments, literals, new Route(operation[2], operation[1], new PathTemplate(operation[1]))));
        }
    }

    /** @return the operation of this method and path, or empty when the contract has none */
    Optional<Route> route(String method, String path) {
        String[] segments = segments(path);
        Candidate best = null;
        for (Candidate candidate : candidates.getOrDefault(key(method, segments.length), List.of())) {
            if (fits(candidate.segments(), segments) && (best == null || candidate.literals() > best.literals())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best).map(Candidate::route);
    }

    private static boolean fits(String[] template, String[] path) {
        for (int i = 0; i < template.length; i++) {
            boolean fits = isParameter(template[i]) ? !path[i].isEmpty() : template[i].equals(path[i]);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    // "/v1/customers/" has three segments, the last one empty: no template of two fits it.
    private static String[] segments(String path) {
        return path.split("/", -1);
    }

    private static String key(String method, int segments) {
        return method + ' ' + segments;
    }
}
