package dev.flexkit.sandbox;

import dev.flexkit.contract.ContractValidator;
import dev.flexkit.sandbox.control.SeedFiles;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.webhooks.DeliveryTargets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        // The Flex API's contract is parsed on the second core while the seed file is read and checked against
        // the control API's: the first answer waits for both, and each takes about as long as the other.
        Thread parsing = new Thread(ContractValidator::forFlexApi, "flex-contract-parser");
        parsing.setDaemon(true);
        parsing.start();
        Drafts.Seed startingSeed;
        try {
            startingSeed = seed == null ? null : SeedFiles.read(seed);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (threads < 4) {
            System.err.println(
                    "--threads must be 4 or more: the acceptor and the selectors take 3 threads of the pool");
            return 2;
        }
        if (webhookHosts != null) {
            System.setProperty(DeliveryTargets.PROPERTY, webhookHosts);
        }
        FlexSandbox sandbox = FlexSandbox.start(bindAddress, port, startingSeed, threads);
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
}
