package dev.flexkit.compat;

/**
 * The findings as GitHub Actions workflow commands: each change that fails the run is an {@code ::error} on its
 * line, each warning a {@code ::warning}, each accepted break a {@code ::notice}, so a pull request shows them on
 * its diff. Informational changes are left out: they would bury the rest.
 */
final class GithubReport {

    private GithubReport() {}

    static String render(CompatResult result) {
        StringBuilder out = new StringBuilder();
        for (Decision decision : result.decisions()) {
            boolean accepted = !result.notAccepted(decision);
            String level;
            if (accepted) {
                level = "notice";
            } else if (decision.breaking()) {
                level = "error";
            } else if (decision.severity() == Severity.WARNING) {
                level = result.failOn() == Severity.WARNING ? "error" : "warning";
            } else {
                continue;
            }
            String text = JsonReport.message(decision)
                    + (accepted
                            ? " Accepted: "
                                    + result.acceptance()
                                            .of(decision)
                                            .orElseThrow()
                                            .reason()
                            : "");
            command(
                    out,
                    level,
                    decision.onHead(),
                    (accepted ? "accepted " : "") + decision.rule().id(),
                    text);
        }
        for (JavaChange change : result.javaChanges()) {
            boolean accepted = !result.notAccepted(change);
            command(
                    out,
                    accepted ? "notice" : "error",
                    null,
                    (accepted ? "accepted " : "") + change.rule().id(),
                    JsonReport.message(change));
        }
        Acceptance acceptance = result.acceptance();
        String level = result.failOn() == Severity.WARNING ? "error" : "warning";
        acceptance
                .expired()
                .forEach(entry -> command(
                        out,
                        level,
                        new Location("", acceptance.file(), entry.line(), 1),
                        "accepted change expired",
                        entry.selector() + " expired on " + entry.expires() + ": it accepts nothing any more"));
        acceptance
                .unused()
                .forEach(entry -> command(
                        out,
                        level,
                        new Location("", acceptance.file(), entry.line(), 1),
                        "accepted change unused",
                        entry.selector() + " matches no change: remove it"));
        return out.toString();
    }

    private static void command(StringBuilder out, String level, Location at, String title, String message) {
        out.append("::").append(level).append(" ");
        if (at != null) {
            out.append("file=")
                    .append(property(at.file()))
                    .append(",line=")
                    .append(at.line())
                    .append(",col=")
                    .append(at.column())
                    .append(",");
        }
        out.append("title=")
                .append(property(title))
                .append("::")
                .append(data(message))
                .append("\n");
    }

    /* GitHub's escaping of workflow command values (actions/toolkit, command.ts). */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
