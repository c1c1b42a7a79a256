package dev.flexkit.compat;

import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/** The spec-level comparison: openapi-diff, with its default checks, flattened into single changes. */
final class SpecDiff {

    private SpecDiff() {}

    /**
     * @param base the older spec; openapi-diff rewrites parts of the parsed objects, so they are used up
     * @param head the newer spec, used up likewise
     * @return every change openapi-diff finds, each with openapi-diff's verdict
     */
    static List<SpecChange> changes(LoadedSpec base, LoadedSpec head) {
        OpenApiDiffOptions options = OpenApiDiffOptions.builder().build();
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromSpecifications(base.openApi(), head.openApi(), options);
        } catch (RuntimeException e) {
            throw new GateException("openapi-diff failed on " + base.file() + " and " + head.file() + ": " + e, e);
        }
        return SpecChangeCollector.collect(diff, options.getConfig());
    }
}
