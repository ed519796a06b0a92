package dev.herald.cli;

/**
 * A stand-in for a rebuild's JVM ({@link LaunchedRebuildIT}): started as {@code ./herald} starts
 * one, it says so and then would outlive its launcher by a minute.
 */
final class LaunchedRebuildProbe {

    private LaunchedRebuildProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (!LaunchedRebuild.isThisJvm()) {
            throw new IllegalStateException("started without -D" + LaunchedRebuild.PROPERTY + "=true");
        }
        LaunchedRebuild.endWithTheLauncher();
        System.out.println("started");
        Thread.sleep(60_000);
    }
}
