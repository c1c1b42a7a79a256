package dev.flexkit.sandbox;

import dev.flexkit.contract.ContractValidator;
import dev.flexkit.sandbox.control.SeedFiles;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.webhooks.DeliveryTargets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar flex-sandbox.jar --port 8089 [--bind-address 127.0.0.1] [--seed FILE.yaml]}: runs the sandbox until stopped. */
@Command(
        name = "flex-sandbox",
        mixinStandardHelpOptions = true,
        version = "flex-sandbox 0.1.0",
        description = "Runs the Flex sandbox: the Flex API answered from per-key state and the documented rules.")
public final class SandboxMain implements Callable<Integer> {

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8089;

    @Option(
            names = "--bind-address",
            paramLabel = "ADDRESS",
            description =
                    "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only). The sandbox accepts any "
                            + "test key: listen on another interface (0.0.0.0 for all) only on a network of machines that test with it.")
    String bindAddress = FlexSandbox.LOOPBACK;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Size of the server's thread pool, 4 or more (default: ${DEFAULT-VALUE}).")
    int threads = FlexSandbox.DEFAULT_THREADS;

    @Option(
            names = "--webhook-hosts",
            paramLabel = "HOSTS",
            description = "Hosts besides this machine's loopback that webhooks may be delivered to, comma-separated, "
                    + "or * for any (default: none: a registered endpoint elsewhere gets no delivery, its attempts "
                    + "fail with the reason).")
    String webhookHosts;

    @Option(
            names = "--seed",
            paramLabel = "FILE",
            description = "Seed file (YAML or JSON): the starting dataset of every API key.")
    Path seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SandboxMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 4) {
            System.err.println(
                    "--threads must be 4 or more: the acceptor and the selectors take 3 threads of the pool");
            return 2;
        }
        if (webhookHosts != null) {
            System.setProperty(DeliveryTargets.PROPERTY, webhookHosts);
        }
        // While WireMock and Jetty start on this thread, the Flex API's contract is parsed on another and the seed
        // file is read and checked against the control API's contract on a third. The server answers as soon as it
        // listens (a request without a key needs neither); the first contract check waits for the parse, the first
        // dataset for the seed.
        background("flex-contract-parser", ContractValidator::forFlexApi);
        CompletableFuture<Drafts.Seed> startingSeed = new CompletableFuture<>();
        background("flex-seed-check", () -> {
            try {
                startingSeed.complete(seed == null ? null : SeedFiles.read(seed));
            } catch (IOException | RuntimeException e) {
                startingSeed.completeExceptionally(e);
            }
        });
        FlexSandbox sandbox = FlexSandbox.start(bindAddress, port, startingSeed::join, threads);
        try {
            startingSeed.join();
        } catch (CompletionException e) {
            sandbox.close();
            if (e.getCause() instanceof IllegalArgumentException unfit) {
                System.err.println(unfit.getMessage());
                return 2;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            System.out.println("Flex sandbox stopped");
                            stopped.countDown();
                        },
                        "flex-sandbox-shutdown"));
        System.out.println(
                "Flex sandbox listening on " + sandbox.baseUrl() + (seed == null ? "" : " (seeded from " + seed + ")"));
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static void background(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
