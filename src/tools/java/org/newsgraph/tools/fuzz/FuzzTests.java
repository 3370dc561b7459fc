package org.newsgraph.tools.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
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

    static Set<String> list() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("org.newsgraph"))
                .filters(TagFilter.includeTags("jazzer"))
                .build();
        TestPlan plan = LauncherFactory.create().discover(request);
        Set<String> tests = new LinkedHashSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, tests);
        }
        return tests;
    }

    private static void collect(TestPlan plan, TestIdentifier id, Set<String> out) {
        if (id.getSource().orElse(null) instanceof MethodSource method) {
            out.add(method.getClassName() + "#" + method.getMethodName());
            return;
        }
        for (TestIdentifier child : plan.getChildren(id)) {
            collect(plan, child, out);
        }
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
