package dev.flexkit.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The standalone jar, started as a separate process as CI runs it, with the example seed on a free port. */
public final class StandaloneJar implements AutoCloseable {

    public static final Path JAR = Path.of("target", "flex-sandbox.jar");
    /** The dataset every key starts with. */
    public static final Path EXAMPLE_SEED = Path.of("seeds", "example.yaml");

    private final Process process;
    private final ProcessOutput output;
    private final int port;
    private final String listeningLine;

    private StandaloneJar(Process process, ProcessOutput output, int port, String listeningLine) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.listeningLine = listeningLine;
    }

    /** @return the jar with the example seed, once it says it is listening */
    public static StandaloneJar start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = launch("--port", String.valueOf(port), "--seed", EXAMPLE_SEED.toString());
        ProcessOutput output = ProcessOutput.of(process);
        return new StandaloneJar(process, output, port, output.await("Flex sandbox listening on"));
    }

    /** @return {@code java -jar target/flex-sandbox.jar} with these arguments, its stderr merged into stdout */
    public static Process launch(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    public int port() {
        return port;
    }

    /** @return the line the jar printed when it started listening */
    public String listeningLine() {
        return listeningLine;
    }

    public Process process() {
        return process;
    }

    public ProcessOutput output() {
        return output;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the jar, forcibly if it does not stop within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
