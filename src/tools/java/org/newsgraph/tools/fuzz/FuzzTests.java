package org.newsgraph.tools.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Lists the Jazzer fuzz tests ({@code @FuzzTest}, tag "jazzer") or runs one, for {@code .ci/fuzz}: Jazzer fuzzes
 * one test per JVM, so the script starts one JVM a test, with {@code JAZZER_FUZZ=1}, bounded by the test's
 * {@code maxDuration}.
 * <pre>
 * FuzzTests list                       one "class#method" a line
 * FuzzTests run org.newsgraph.api.CursorFuzzTest#decode
 * </pre>
 */
public final class FuzzTests {
    private FuzzTests() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("list")) {
            list().forEach(System.out::println);
            return;
        }
        if (args.length != 2 || !args[0].equals("run") || !args[1].contains("#")) {
            System.err.println("usage: FuzzTests list | FuzzTests run <class>#<method>");
            System.exit(2);
        }
        System.exit(run(args[1]) ? 0 : 1);
    }

    /**
     * The @FuzzTest methods of the *FuzzTest classes in the test classes directory. Read by reflection, not by
     * JUnit discovery, which would start Quarkus' class loading for the @QuarkusTest classes it meets.
     */
    static Set<String> list() {
        Path root = Path.of("target/test-classes");
        Set<String> tests = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("FuzzTest.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Method method : Class.forName(name, false, FuzzTests.class.getClassLoader()).getDeclaredMethods()) {
                    if (method.isAnnotationPresent(FuzzTest.class)) {
                        tests.add(name + "#" + method.getName());
                    }
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return tests;
    }

    static boolean run(String classAndMethod) {
        String[] parts = classAndMethod.split("#", 2);
        Class<?> type;
        try {
            type = Class.forName(parts[0]);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no fuzz test class " + parts[0], e);
        }
        String methodName = parts[1];
        var method = java.util.Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(methodName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no method " + classAndMethod));
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(type, method)).build(), summary);
        TestExecutionSummary result = summary.getSummary();
        result.printTo(new PrintWriter(System.out, true));
        result.printFailuresTo(new PrintWriter(System.out, true), 30);
        return result.getTotalFailureCount() == 0 && result.getTestsSucceededCount() > 0;
    }
}
