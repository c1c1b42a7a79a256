package dev.flexkit.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The git checkout a spec lives in, read through the git command line so that any ref git knows works. */
final class GitRepo {

    private final Path top;

    private GitRepo(Path top) {
        this.top = top;
    }

    /**
     * @param folder a folder inside a checkout
     * @return the checkout
     * @throws GateException when the folder is not inside one, or git is not installed
     */
    static GitRepo containing(Path folder) {
        Result result = toplevel(folder);
        if (!result.ok()) {
            throw new GateException(
                    "not a git repository: " + folder + " (" + result.err().strip() + ")");
        }
        return new GitRepo(Path.of(result.out().strip()));
    }

    /**
     * @param folder any folder
     * @return the root of the checkout it is in, if it is in one and git is installed
     */
    static Optional<Path> toplevelOf(Path folder) {
        Result result = toplevel(folder);
        return result.ok() ? Optional.of(Path.of(result.out().strip())) : Optional.empty();
    }

    private static Result toplevel(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Result(-1, "", "no such folder");
        }
        return run(folder, List.of("rev-parse", "--show-toplevel"));
    }

    /**
     * Writes the version of a folder at a ref into another folder, whole, so that relative {@code $ref}s between
     * the files of a spec resolve there as they did at that ref.
     *
     * @param ref a commit, branch or tag
     * @param folder a folder of this checkout
     * @param into an empty folder
     * @return where the folder's content now is under {@code into}
     */
    Path materialise(String ref, Path folder, Path into) {
        if (!run(top, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"))
                .ok()) {
            throw new GateException("git ref '" + ref + "' not found in " + top);
        }
        Path relative = top.relativize(realPath(folder));
        String pathspec = relative.toString().isEmpty() ? "." : relative.toString();
        Path zip = into.resolve(".archive.zip");
        Result archive = run(top, List.of("archive", "--format=zip", "-o", zip.toString(), ref, "--", pathspec));
        if (!archive.ok()) {
            throw new GateException(pathspec + " does not exist at git ref '" + ref + "': "
                    + archive.err().strip());
        }
        unzip(zip, into);
        return into.resolve(relative);
    }

    private Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new GateException("cannot read " + folder, e);
        }
    }

    private static void unzip(Path zip, Path into) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new GateException("git archive holds a path outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip, e);
        } finally {
            zip.toFile().delete();
        }
    }

    private record Result(int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private static Result run(Path directory, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            String err;
            String out;
            try (InputStream stdout = process.getInputStream();
                    InputStream stderr = process.getErrorStream()) {
                // git's outputs here are a line or an error message: reading one after the other cannot block.
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
                err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Result(process.waitFor(), out, err);
        } catch (IOException e) {
            // Reported like a failing git command: without git, a folder is simply not in a checkout.
            return new Result(-1, "", "cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GateException("interrupted while running git", e);
        }
    }
}
