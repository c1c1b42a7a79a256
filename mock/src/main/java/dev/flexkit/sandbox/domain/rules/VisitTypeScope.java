package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.domain.Letter;

/** Rule "visit_type scope": a letter covers only products of the visit type it was granted for. */
public final class VisitTypeScope {

    private VisitTypeScope() {}

    public static boolean covers(Letter letter, VisitType productVisitType) {
        return productVisitType != null && letter.visitType() == productVisitType;
    }
}
