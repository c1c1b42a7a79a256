package dev.flexkit.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The lines a process prints, read as they come on a thread of their own: a process's streams close when it is
 * destroyed, so what it prints on the way out must already be collected.
 */
public final class ProcessOutput {

    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ProcessOutput() {}

    public static ProcessOutput of(Process process) {
        ProcessOutput output = new ProcessOutput();
        Thread reader = new Thread(() -> output.read(process), "process-output");
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void read(Process process) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The stream closes when the process is destroyed: that is the end of its output.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** @return the first line containing {@code marker}, waiting up to a minute for it */
    public synchronized String await(String marker) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            for (String line : lines) {
                if (line.contains(marker)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError("No line with '" + marker + "' in:\n" + String.join("\n", lines));
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted", e));
            }
        }
    }
}
