package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.ProcessOutput;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The standalone jar with the example seed, started as a separate process on a free port, as CI would run it. */
final class StandaloneSandbox implements AutoCloseable {

    private static final Path JAR = Path.of("target", "flex-sandbox.jar");
    /** The dataset every key starts with. */
    static final Path EXAMPLE_SEED = Path.of("seeds", "example.yaml");

    private final Process process;
    private final int port;

    private StandaloneSandbox(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static StandaloneSandbox start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(
                        "java",
                        "-jar",
                        JAR.toString(),
                        "--port",
                        String.valueOf(port),
                        "--seed",
                        EXAMPLE_SEED.toString())
                .redirectErrorStream(true)
                .start();
        ProcessOutput output = ProcessOutput.of(process);
        output.await("Flex sandbox listening on");
        return new StandaloneSandbox(process, port);
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

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
