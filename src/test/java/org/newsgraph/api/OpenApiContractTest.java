package org.newsgraph.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi.yaml is the contract. The served spec must equal it, and the code must implement exactly its
 * operations: same paths, methods, query parameters and request media types.
 */
@QuarkusTest
class OpenApiContractTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

    static JsonNode contract() throws IOException {
        return YAML.readTree(Path.of("openapi.yaml").toFile());
    }

    @Test
    void servedSpecEqualsTheContractFile() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = YAML.readTree(served);
        JsonNode contract = contract();
        assertEquals(contract.get("paths"), servedTree.get("paths"), "paths differ between /q/openapi and openapi.yaml");
        assertEquals(contract.get("components"), servedTree.get("components"), "components differ");
        assertEquals(contract.get("info").get("version"), servedTree.get("info").get("version"));
    }

    @Test
    void everyContractOperationIsImplementedAndEveryResourceMethodIsInTheContract() throws Exception {
        JsonNode contract = contract();
        Map<String, Operation> documented = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                Set<String> query = new TreeSet<>();
                collectQueryParams(contract, path.getValue().get("parameters"), query);
                collectQueryParams(contract, op.getValue().get("parameters"), query);
                Set<String> consumes = new TreeSet<>();
                JsonNode body = op.getValue().path("requestBody").path("content");
                body.fieldNames().forEachRemaining(consumes::add);
                documented.merge(op.getKey().toUpperCase() + " " + path.getKey(), new Operation(query, consumes), Operation::merge);
            }
        }
        Map<String, Operation> implemented = implementedOperations();
        assertEquals(new TreeSet<>(documented.keySet()), new TreeSet<>(implemented.keySet()),
                "operations in openapi.yaml vs. JAX-RS resources");
        for (String key : documented.keySet()) {
            assertEquals(documented.get(key).queryParams(), implemented.get(key).queryParams(), "query parameters of " + key);
            assertEquals(documented.get(key).consumes(), implemented.get(key).consumes(), "request media types of " + key);
        }
        assertTrue(documented.size() >= 6);
    }

    private static void collectQueryParams(JsonNode contract, JsonNode parameters, Set<String> into) {
        if (parameters == null) {
            return;
        }
        for (JsonNode p : parameters) {
            JsonNode resolved = p.has("$ref") ? resolve(contract, p.get("$ref").asText()) : p;
            if ("query".equals(resolved.path("in").asText())) {
                into.add(resolved.get("name").asText());
            }
        }
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }

    /** Walks the compiled classes for JAX-RS resources (no list to keep in sync). */
    private static Map<String, Operation> implementedOperations() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
        }
        Map<String, Operation> result = new TreeMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(DELETE.class) ? "DELETE" : m.isAnnotationPresent(PUT.class) ? "PUT" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = join(base, sub == null ? "" : sub.value()).replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                Set<String> query = new TreeSet<>();
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class)) {
                        query.add(p.getAnnotation(QueryParam.class).value());
                    }
                }
                Set<String> consumes = new TreeSet<>();
                if (m.isAnnotationPresent(Consumes.class)) {
                    consumes.addAll(List.of(m.getAnnotation(Consumes.class).value()));
                }
                result.merge(verb + " " + path, new Operation(query, consumes), Operation::merge);
            }
        }
        return result;
    }

    private static String join(String base, String sub) {
        String b = base.startsWith("/") ? base : "/" + base;
        if (sub.isEmpty()) {
            return b;
        }
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + (sub.startsWith("/") ? sub : "/" + sub);
    }

    record Operation(Set<String> queryParams, Set<String> consumes) {
        Operation merge(Operation other) {
            Set<String> q = new TreeSet<>(queryParams);
            q.addAll(other.queryParams);
            Set<String> c = new TreeSet<>(consumes);
            c.addAll(other.consumes);
            return new Operation(q, c);
        }
    }
}
