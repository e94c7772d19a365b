package dev.dryfruits.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL leaves nothing behind; one that closes its guard keeps what it meant to leave. */
class ProcessGuardTest {

    @TempDir
    Path directory;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void stopLeftovers() {
        started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void whatAKilledJvmStartedIsStoppedAndItsCommandsRun() throws Exception {
        Process owner = owner();
        List<Long> pids = pidsFrom(owner);
        Thread.sleep(1_000); // the guard notes descendants four times a second

        owner.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).isEmpty()));
        assertThat(directory.resolve("cleaned")).hasContent("cleaned");
    }

    @Test
    void anOwnerThatClosesItsGuardKeepsWhatItLeftRunning() throws Exception {
        Process owner = owner("close");
        List<Long> pids = pidsFrom(owner);
        owner.waitFor();

        Thread.sleep(2_000);

        assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).isPresent());
        assertThat(directory.resolve("cleaned")).doesNotExist();
    }

    private Process owner(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GuardedOwner.class.getName(), directory.toString()));
        command.addAll(List.of(arguments));
        Process owner = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        started.add(owner.pid());
        return owner;
    }

    private List<Long> pidsFrom(Process owner) throws IOException {
        List<Long> pids = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream()));
        for (String line = lines.readLine(); line != null && !line.equals("ready"); line = lines.readLine()) {
            pids.add(Long.parseLong(line.strip()));
        }
        started.addAll(pids);
        assertThat(pids).hasSize(2);
        return pids;
    }

    private static Optional<ProcessHandle> alive(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }
}
