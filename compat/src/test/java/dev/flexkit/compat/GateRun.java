package dev.flexkit.compat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the command line in process, as CI runs the jar.
 *
 * @param exitCode what the jar would exit with
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record GateRun(int exitCode, String out, String err) {

    static GateRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CompatCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new GateRun(exitCode, out.toString(), err.toString());
    }
}
