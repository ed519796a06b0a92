package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ./herald} waits on a rebuild's JVM instead of becoming it; killed, it must take that JVM
 * with it, as killing the command did when the launcher became the JVM.
 */
class LaunchedRebuildIT {

    @Test
    void aRebuildsJvmEndsWhenItsLauncherIsKilled() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = "target/classes" + File.pathSeparator + "target/test-classes";
        // a shell that waits on the JVM and goes on after it, as the launcher does
        Process launcher = new ProcessBuilder("sh", "-c",
                "\"$0\" -D" + LaunchedRebuild.PROPERTY + "=true -cp \"$1\" dev.herald.cli.LaunchedRebuildProbe; echo after",
                java, classpath).redirectErrorStream(true).start();
        ProcessHandle jvm = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("started", output.readLine());
            jvm = launcher.toHandle().children().findFirst().orElseThrow();
            launcher.destroyForcibly().waitFor(); // SIGKILL: the shell can do nothing about it
            jvm.onExit().get(5, TimeUnit.SECONDS); // else it would sleep on for a minute
        } finally {
            launcher.destroyForcibly();
            if (jvm != null) {
                jvm.destroyForcibly();
            }
        }
    }
}
