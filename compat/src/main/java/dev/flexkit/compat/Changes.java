package dev.flexkit.compat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedExtensions;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;

/** The changes collected from openapi-diff's tree so far, and the ways of recording the generic ones. */
final class Changes {

    private final List<SpecChange> found = new ArrayList<>();

    /* The change is at the scope's pointer: callers narrow the scope to the changed node first. */
    void add(ChangeKind kind, ChangeScope scope, String subject, String detail, DiffResult verdict) {
        found.add(new SpecChange(
                kind, scope.side(), subject, detail, scope.operation(), scope.where(), verdict, scope.pointer()));
    }

    List<SpecChange> list() {
        return List.copyOf(found);
    }

    void documentation(Changed changed, ChangeScope scope, String subject, String what) {
        if (changed != null && changed.isDifferent()) {
            add(
                    ChangeKind.DOCUMENTATION_CHANGED,
                    scope.pointingAt(Pointers.child(scope.pointer(), what)),
                    subject,
                    what,
                    changed.isChanged());
        }
    }

    void extensions(ChangedExtensions extensions, ChangeScope scope, String subject) {
        if (extensions == null || !extensions.isDifferent()) {
            return;
        }
        List<String> detail = new ArrayList<>();
        describeKeys(detail, "added", extensions.getIncreased().keySet());
        describeKeys(detail, "removed", extensions.getMissing().keySet());
        describeKeys(detail, "changed", extensions.getChanged().keySet());
        add(ChangeKind.OTHER, scope, subject, "extensions " + String.join(", ", detail), extensions.isChanged());
    }

    private static void describeKeys(List<String> detail, String verb, Collection<String> keys) {
        if (!keys.isEmpty()) {
            detail.add(verb + " " + keys);
        }
    }

    void other(Changed changed, ChangeScope scope, String subject, String detail) {
        if (changed != null && changed.isDifferent()) {
            add(ChangeKind.OTHER, scope, subject, detail, changed.isChanged());
        }
    }

    /* openapi-diff rolls the verdict of a node up over all its items; this is what it gives one item. */
    static DiffResult verdict(BackwardIncompatibleProp check, DiffContext context) {
        return check.enabled(context) ? DiffResult.INCOMPATIBLE : DiffResult.COMPATIBLE;
    }
}
