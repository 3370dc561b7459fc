package org.newsgraph.tools.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.newsgraph.api.Cursor;

/**
 * HTTP fuzz driver: derives requests from {@code openapi.yaml} (every path and method, each parameter with valid,
 * boundary and invalid values of its type, bodies of the right and wrong JSON types, bad bytes, wrong content
 * types and keys, over-long targets and headers, odd paths) and sends them over real sockets, byte for byte, to a
 * running service. Asserts that nothing answers 5xx and that every 4xx is {@code application/problem+json} whose
 * {@code status} is the HTTP status (429 with {@code Retry-After}). Deterministic for a seed; prints the counts
 * by status and by operation, and every violation. Exit status 1 on any violation.
 * <pre>
 * HttpFuzz --port 18400 --key k [--spec openapi.yaml] [--seed 1] [--requests 10000] [--threads 3]
 * HttpFuzz --port 18401 --key k --limits     a burst at the default rate limits: 429 problem+json, Retry-After
 * </pre>
 * The store should hold a few articles (ids are read from it); write requests that would grow it are kept few.
 */
public final class HttpFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZWNJ = "\u200C";
    /**
     * Requests Vert.x's HTTP decoder refuses before any handler runs (a line or headers past its 64 KiB caps, a
     * request it cannot frame): it answers a bare 4xx or closes, which the service cannot shape (docs/security.md).
     * Counted and shown apart; a 5xx there is still a violation.
     */
    private static final String DECODER = "refused-by-http-decoder";

    private final String host = "127.0.0.1";
    private final int port;
    private final String key;
    private final Random random;
    private final JsonNode spec;
    private final List<Long> articleIds = new ArrayList<>();
    private final List<Long> entityIds = new ArrayList<>();
    private final List<Long> storyIds = new ArrayList<>();
    private final List<Long> importIds = new ArrayList<>();
    private final List<Long> doomedIds = new ArrayList<>();

    private final Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, AtomicInteger>> byOperation = new ConcurrentHashMap<>();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Violations by kind (operation and what was wrong), with the first request that showed it. */
    private final Map<String, String> violationKinds = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> violationCounts = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();

    /** One request: raw target bytes, headers, body; {@code op} names its operation for the report. */
    record Request(String op, String method, byte[] target, List<String[]> headers, byte[] body) {}

    record Response(int status, Map<String, String> headers, byte[] body) {}

    private HttpFuzz(int port, String key, long seed, Path specFile) throws IOException {
        this.port = port;
        this.key = key;
        this.random = new Random(seed);
        this.spec = new YAMLMapper().readTree(specFile.toFile());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--limits")) {
                opts.put("limits", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a.substring(2), args[++i]);
            } else {
                System.err.println("unknown argument " + a);
                System.exit(2);
            }
        }
        HttpFuzz fuzz = new HttpFuzz(Integer.parseInt(opts.getOrDefault("port", "8080")), opts.getOrDefault("key", "dev-key"),
                Long.parseLong(opts.getOrDefault("seed", "1")), Path.of(opts.getOrDefault("spec", "openapi.yaml")));
        long start = System.nanoTime();
        if (opts.containsKey("limits")) {
            fuzz.limits(Integer.parseInt(opts.getOrDefault("requests", "400")));
        } else {
            fuzz.discoverIds();
            List<Request> requests = fuzz.generate(Integer.parseInt(opts.getOrDefault("requests", "10000")));
            fuzz.sendAll(requests, Integer.parseInt(opts.getOrDefault("threads", "3")));
        }
        fuzz.report((System.nanoTime() - start) / 1_000_000_000.0);
        System.exit(fuzz.violations.isEmpty() ? 0 : 1);
    }

    // ---- ids from the store --------------------------------------------------------------------------------

    private void discoverIds() throws IOException {
        for (JsonNode a : get("/articles?limit=50").path("items")) {
            articleIds.add(a.path("id").asLong());
        }
        for (JsonNode e : get("/entities?limit=50").path("items")) {
            entityIds.add(e.path("id").asLong());
        }
        for (JsonNode s : get("/stories?limit=20").path("items")) {
            storyIds.add(s.path("id").asLong());
        }
        // Articles made for deletion, and an import to read back.
        for (int i = 0; i < 8; i++) {
            String body = JSON.writeValueAsString(Map.of("title", "Fuzz deletion target " + i,
                    "body", "A short article the HTTP fuzz run deletes again, number " + i + "."));
            Response r = send(new Request("setup", "POST", "/articles".getBytes(StandardCharsets.US_ASCII),
                    headers("Authorization", "Bearer " + key, "Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8)));
            if (r.status() == 201 || r.status() == 200) {
                doomedIds.add(JSON.readTree(r.body()).path("id").asLong());
            }
        }
        Response bulk = send(new Request("setup", "POST", "/articles/bulk".getBytes(StandardCharsets.US_ASCII),
                headers("Authorization", "Bearer " + key, "Content-Type", "application/x-ndjson"),
                "{\"body\":\"Bulk fuzz setup line.\"}\n".getBytes(StandardCharsets.UTF_8)));
        if (bulk.status() == 200) {
            importIds.add(JSON.readTree(bulk.body()).path("importId").asLong());
        }
        if (articleIds.isEmpty() || entityIds.isEmpty()) {
            throw new IllegalStateException("the store has no articles or entities; load the seeds first");
        }
        System.out.printf("ids: %d articles, %d entities, %d stories, %d imports, %d to delete%n",
                articleIds.size(), entityIds.size(), storyIds.size(), importIds.size(), doomedIds.size());
    }

    private JsonNode get(String target) throws IOException {
        Response r = send(new Request("setup", "GET", target.getBytes(StandardCharsets.US_ASCII), headers(), null));
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + target + " answered " + r.status());
        }
        return JSON.readTree(r.body());
    }

    // ---- request generation from the spec ------------------------------------------------------------------

    /** A value for a parameter, as it goes on the wire (already percent-encoded where it should be). */
    record Value(String wire, boolean valid) {}

    /** One operation of the spec with the values each of its parameters takes. */
    record Operation(String name, String method, String path, Map<String, List<Value>> pathParams,
                     Map<String, List<Value>> queryParams, Map<String, List<Value>> headerParams,
                     boolean secured, Map<String, JsonNode> bodies) {}

    private List<Request> generate(int atLeast) {
        List<Operation> operations = operations();
        List<Request> out = new ArrayList<>();
        for (Operation op : operations) {
            systematic(op, out);
        }
        special(out);
        int systematic = out.size();
        while (out.size() < atLeast) {
            Operation op = operations.get(random.nextInt(operations.size()));
            out.add(randomRequest(op));
        }
        System.out.printf("requests: %d operations, %d systematic + %d random combinations = %d%n",
                operations.size(), systematic, out.size() - systematic, out.size());
        return out;
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (m.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode operation = m.getValue();
                Map<String, List<Value>> pathParams = new LinkedHashMap<>();
                Map<String, List<Value>> queryParams = new LinkedHashMap<>();
                Map<String, List<Value>> headerParams = new LinkedHashMap<>();
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                operation.path("parameters").forEach(params::add);
                for (JsonNode p : params) {
                    JsonNode param = resolve(p);
                    String name = param.path("name").asText();
                    String in = param.path("in").asText();
                    JsonNode schema = resolve(param.path("schema"));
                    switch (in) {
                        case "path" -> pathParams.put(name, pathValues(path.getKey(), m.getKey()));
                        case "query" -> queryParams.put(name, queryValues(name, schema));
                        case "header" -> headerParams.put(name, headerValues(name));
                        default -> { }
                    }
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                operation.path("requestBody").path("content").fields()
                        .forEachRemaining(c -> bodies.put(c.getKey(), resolve(c.getValue().path("schema"))));
                boolean secured = operation.has("security") && operation.path("security").size() > 0;
                ops.add(new Operation(operation.path("operationId").asText(m.getKey() + " " + path.getKey()),
                        m.getKey().toUpperCase(Locale.ROOT), path.getKey(), pathParams, queryParams, headerParams,
                        secured || !m.getKey().equals("get"), bodies));
            }
        }
        return ops;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            String ref = n.path("$ref").asText();
            JsonNode target = spec;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            n = target;
        }
        return n;
    }

    private List<Value> pathValues(String path, String method) {
        List<Long> ids = path.startsWith("/entities") ? entityIds
                : path.startsWith("/stories") ? storyIds
                : path.startsWith("/imports") ? importIds
                : method.equals("delete") ? doomedIds : articleIds;
        List<Value> values = new ArrayList<>();
        for (Long id : ids) {
            values.add(new Value(Long.toString(id), true));
        }
        if (values.isEmpty()) {
            values.add(new Value("1", true));
        }
        for (String s : List.of("0", "-1", "999999999", "9223372036854775807", "9223372036854775808", "99999999999999999999",
                "-99999999999999999999", "abc", "1.5", "1e3", "0x10", "%00", "%FF", "%C3%28", "1%7C2", "1|2", "%E2%80%8C",
                ZWNJ, "1" + ZWNJ, "%20", "+1", "01", " 1".replace(" ", "%20"), "1;x=y", "%2e%2e", "..")) {
            values.add(new Value(s, false));
        }
        return values;
    }

    private List<Value> queryValues(String name, JsonNode schema) {
        List<Value> v = new ArrayList<>();
        String type = schema.path("type").asText("string");
        if (name.equals("cursor")) {
            for (long id : List.of(1L, 1000L, Long.MAX_VALUE)) {
                v.add(new Value(Cursor.encode(id), true));
            }
            String b64 = Base64.getUrlEncoder().withoutPadding().encodeToString("k2:5".getBytes(StandardCharsets.UTF_8));
            String notNumber = Base64.getUrlEncoder().withoutPadding().encodeToString("k1:abc".getBytes(StandardCharsets.UTF_8));
            String overflow = Base64.getUrlEncoder().withoutPadding().encodeToString("k1:99999999999999999999".getBytes(StandardCharsets.UTF_8));
            for (String s : List.of(b64, notNumber, overflow, "!!!", "abc", "%FF", "%00", "a".repeat(3000), "k1:5", "%2B%2F%3D")) {
                v.add(new Value(s, false));
            }
            return v;
        }
        if (schema.has("enum")) {
            schema.path("enum").forEach(e -> v.add(new Value(enc(e.asText()), true)));
            schema.path("enum").forEach(e -> v.add(new Value(enc(e.asText().toUpperCase(Locale.ROOT)), false)));
            for (String s : List.of("unknown", "%00", "%FF", "", "%20")) {
                v.add(new Value(s, false));
            }
            return v;
        }
        switch (type) {
            case "integer" -> {
                for (String s : List.of("1", "5", "20", "200")) {
                    v.add(new Value(s, true));
                }
                for (String s : List.of("0", "-1", "201", "2147483647", "2147483648", "-2147483649", "99999999999999999999",
                        "-99999999999999999999", "9".repeat(500), "%2B5", "%205", "abc", "1.5", "1e3", "0x10", "%FF", "%C3%28",
                        "", "%00", "NaN")) {
                    v.add(new Value(s, false));
                }
            }
            case "number" -> {
                for (String s : List.of("0", "0.5", "1")) {
                    v.add(new Value(s, true));
                }
                for (String s : List.of("-0.1", "1.1", "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "4.9e-325", "abc", "",
                        "0x1p-1", "1d", "%FF", "9".repeat(400))) {
                    v.add(new Value(s, false));
                }
            }
            case "boolean" -> {
                v.add(new Value("true", true));
                v.add(new Value("false", true));
                for (String s : List.of("TRUE", "yes", "1", "0", "", "abc", "%00")) {
                    v.add(new Value(s, false));
                }
            }
            default -> {
                if (name.equals("from") || name.equals("to")) {
                    for (String s : List.of("2024-01-01", "2024-11-28T10:15:30%2B03:30", "2024-11-28T10:15:30Z")) {
                        v.add(new Value(s, true));
                    }
                    for (String s : List.of("0000-01-01", "%2B10000-01-01", "-0001-01-01", "9999-12-31T23:59:59-18:00",
                            "0001-01-01T00:00:00%2B18:00", "2024-13-45", "yesterday", "2024-11-28T10:15:30+03:30", "%00", "%FF", "")) {
                        v.add(new Value(s, false));
                    }
                } else if (name.equals("entity")) {
                    for (Long id : entityIds.subList(0, Math.min(3, entityIds.size()))) {
                        v.add(new Value(Long.toString(id), true));
                    }
                    for (String s : List.of("0", "-1", "99999999999999999999", "abc", "%FF", "", "Q123")) {
                        v.add(new Value(s, false));
                    }
                } else {
                    for (String s : List.of("fa", "en", "باکو", "Aliyev", "علیاف", "می" + ZWNJ + "خواهم", "آذربایجان")) {
                        v.add(new Value(enc(s), true));
                    }
                    for (String s : List.of("%00", "%1B", "%FF", "%C3%28", "%", "%G1", "%E2%80%8C", "a%2Fb", "'%3B%20drop%20table%20article%3B%20--",
                            "%3Cscript%3E", "*", "%5C", "x".repeat(5000), enc("ا".repeat(1200)), "", "%20%20", "a|b", ZWNJ, "%ED%A0%80")) {
                        v.add(new Value(s, false));
                    }
                }
            }
        }
        return v;
    }

    private List<Value> headerValues(String name) {
        List<Value> v = new ArrayList<>();
        if (name.equalsIgnoreCase("If-None-Match")) {
            v.add(new Value("\"x\"", true));
            v.add(new Value("*", true));
            v.add(new Value("W/\"1\", \"2\"", true));
            v.add(new Value("\u00ff\u00fe garbage", false));
            v.add(new Value("\"" + "e".repeat(4000) + "\"", false));
        } else {
            v.add(new Value("1", true));
            for (String s : List.of("-1", "0", "abc", "99999999999999999999", "1.5", "", "\u00ff")) {
                v.add(new Value(s, false));
            }
        }
        return v;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every value of every parameter once (the others valid), every body variant, every auth and content type. */
    private void systematic(Operation op, List<Request> out) {
        for (var p : op.pathParams().entrySet()) {
            for (Value value : p.getValue()) {
                out.add(build(op, Map.of(p.getKey(), value), Map.of(), null, validAuth(), null, null));
            }
        }
        for (var q : op.queryParams().entrySet()) {
            for (Value value : q.getValue()) {
                out.add(build(op, Map.of(), Map.of(q.getKey(), value), null, validAuth(), null, null));
            }
        }
        for (var h : op.headerParams().entrySet()) {
            for (Value value : h.getValue()) {
                out.add(build(op, Map.of(), Map.of(), new String[] {h.getKey(), value.wire()}, validAuth(), null, null));
            }
        }
        for (var body : op.bodies().entrySet()) {
            for (byte[] variant : bodyVariants(op, body.getKey(), body.getValue(), true)) {
                out.add(build(op, Map.of(), Map.of(), null, validAuth(), body.getKey(), variant));
            }
        }
        if (op.secured()) {
            for (String auth : List.of("", "Bearer wrong-key", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer " + key,
                    "Bearer " + key + "x", "Bearer " + "k".repeat(4000), "Bearer " + key + "\u00ff")) {
                out.add(build(op, Map.of(), Map.of(), null, auth, firstType(op), firstBody(op)));
            }
        }
        if (!op.bodies().isEmpty()) {
            for (String type : List.of("", "application/xml", "text/html", "multipart/form-data; boundary=x",
                    "application/json; charset=bogus-charset", "application/json; charset=ISO-8859-1", "text/plain; charset=UTF-16",
                    "application/x-ndjson", "application/octet-stream", "*/*", "application/json; charset=\"", "garbage")) {
                out.add(build(op, Map.of(), Map.of(), null, validAuth(), type, firstBody(op)));
            }
        }
    }

    private Request randomRequest(Operation op) {
        Map<String, Value> path = new LinkedHashMap<>();
        op.pathParams().forEach((name, values) -> path.put(name, pick(values)));
        Map<String, Value> query = new LinkedHashMap<>();
        op.queryParams().forEach((name, values) -> {
            if (random.nextInt(3) == 0) {
                query.put(name, pick(values));
            }
        });
        String[] header = null;
        if (!op.headerParams().isEmpty() && random.nextInt(3) == 0) {
            var h = op.headerParams().entrySet().iterator().next();
            header = new String[] {h.getKey(), pick(h.getValue()).wire()};
        }
        String auth = !op.secured() || random.nextInt(10) > 0 ? validAuth() : any(List.of("", "Bearer wrong", "Basic x"));
        String type = null;
        byte[] body = null;
        if (!op.bodies().isEmpty()) {
            List<String> types = new ArrayList<>(op.bodies().keySet());
            type = random.nextInt(12) == 0 ? any(List.of("", "application/xml", "text/plain; charset=bogus")) : any(types);
            JsonNode schema = op.bodies().getOrDefault(type, op.bodies().values().iterator().next());
            List<byte[]> variants = bodyVariants(op, type, schema, false);
            body = variants.get(random.nextInt(variants.size()));
        }
        return build(op, path, query, header, auth, type, body);
    }

    /** Mostly valid values, so the random combinations reach the code behind the first check. */
    private Value pick(List<Value> values) {
        List<Value> valid = values.stream().filter(Value::valid).toList();
        if (!valid.isEmpty() && random.nextInt(5) < 3) {
            return valid.get(random.nextInt(valid.size()));
        }
        return values.get(random.nextInt(values.size()));
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String validAuth() {
        return "Bearer " + key;
    }

    private static String firstType(Operation op) {
        return op.bodies().isEmpty() ? null : op.bodies().keySet().iterator().next();
    }

    private byte[] firstBody(Operation op) {
        if (op.bodies().isEmpty()) {
            return null;
        }
        var first = op.bodies().entrySet().iterator().next();
        return bodyVariants(op, first.getKey(), first.getValue(), false).get(0);
    }

    /**
     * Bodies for a content type: the first is valid; then wrong JSON types per property and at the root, bad
     * bytes, malformed and empty bodies. {@code all} adds the costly ones (a body over the size limit).
     */
    private List<byte[]> bodyVariants(Operation op, String type, JsonNode schema, boolean all) {
        List<byte[]> v = new ArrayList<>();
        boolean creates = op.method().equals("POST") && op.path().startsWith("/articles");
        if (type.contains("json")) {
            ObjectNode valid = validObject(op, schema);
            v.add(bytes(valid.toString()));
            List<String> properties = new ArrayList<>();
            resolve(schema).path("properties").fieldNames().forEachRemaining(properties::add);
            for (String property : properties) {
                for (String wrong : List.of("{\"a\":1}", "[]", "123", "true", "1.5", "null", "99999999999999999999", "\"\"",
                        "\"" + "x".repeat(3000) + "\"", "\"\\u0000\"", "\"\\ud800\"", "-1", "0")) {
                    ObjectNode o = valid.deepCopy();
                    try {
                        o.set(property, JSON.readTree(wrong));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    v.add(bytes(o.toString()));
                }
            }
            for (String root : List.of("[]", "{}", "\"text\"", "123", "null", "true", "", "   ", "{", "{\"a\":", "}",
                    "{\"body\":\"x\",}", "[" + "[".repeat(3000) + "]".repeat(3000) + "]", "{\"body\":\"x\"} trailing")) {
                v.add(bytes(root));
            }
            v.add(concat(bytes("{\"body\":\"bad "), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28}, bytes("\",\"text\":\"x\"}")));
            v.add(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(valid.toString())));
        } else if (type.contains("ndjson")) {
            v.add(bytes("{\"body\":\"Fuzz bulk line one.\"}\n{\"title\":\"t\",\"body\":\"Fuzz bulk line two.\"}\n"));
            v.add(bytes("{\"body\":{\"a\":1}}\n[]\n{\"body\":123}\n{\"text\":{}}\nnull\n\"x\"\n{\n\n\r\n"));
            v.add(concat(bytes("{\"body\":\"ok line\"}\n"), new byte[] {(byte) 0xff, '\n'}, bytes("{\"body\":\"x\",\"url\":\"ftp://x\"}\n")));
            v.add(bytes(""));
            v.add(bytes("{\"body\":\"x\",\"url\":\"https://www.farsnews.ir/news/1403|" + ZWNJ + "خبر\",\"publishedAt\":\"+10000-01-01\"}\n"));
            v.add(bytes("{\"body\":\"x\",\"language\":\"not a tag\",\"publishedAt\":\"0000-01-01\"}\n"));
        } else {
            v.add(bytes(creates ? "پنجشنبه 8 آذر 1403\n\nسفر وزیر خارجه به باکو برای نشست جنبش عدم تعهد\n\nبه گزارش خبرگزاری تسنیم، وزیر به باکو رفت."
                    : "پنجشنبه 8 آذر 1403 - به گزارش تسنیم، وزیر خارجه در باکو با الهام علیاف دیدار کرد."));
            v.add(bytes(""));
            v.add(bytes("   \n\t"));
            v.add(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', (byte) 0xc3, 0x28});
            v.add(bytes("text with a NUL \u0000 inside"));
            v.add(bytes("{\"text\":123}"));
        }
        if (all) {
            byte[] big = new byte[2 * 1024 * 1024 + 10];
            java.util.Arrays.fill(big, (byte) 'a');
            v.add(big);
        }
        return v;
    }

    private ObjectNode validObject(Operation op, JsonNode schemaNode) {
        JsonNode schema = resolve(schemaNode);
        ObjectNode o = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
            var p = props.next();
            String name = p.getKey();
            JsonNode ps = resolve(p.getValue());
            String type = ps.path("type").asText("string");
            switch (type) {
                case "integer" -> o.put(name, entityIds.get(entityIds.size() - 1));
                case "number" -> o.put(name, 0.5);
                case "boolean" -> o.put(name, true);
                default -> o.put(name, switch (name) {
                    case "url" -> "https://www.farsnews.ir/news/14030908000123/" + "عنوان|خبر";
                    case "publishedAt" -> "2024-11-28T10:15:30+03:30";
                    case "language" -> "fa";
                    case "source" -> "خبرگزاری تسنیم";
                    case "name" -> "Ильхам Алиев";
                    case "title" -> "سفر وزیر خارجه به باکو";
                    default -> "پنجشنبه 8 آذر 1403 - به گزارش تسنیم، وزیر خارجه در باکو با الهام علیاف دیدار کرد.";
                });
            }
        }
        return o;
    }

    /** Requests no operation of the spec describes: over-long targets and headers, odd paths, other methods. */
    private void special(List<Request> out) {
        String auth = validAuth();
        // Over the service's target limit (414 from HttpGuards) and over the HTTP layer's line limit.
        for (int length : List.of(8200, 9000, 16000, 17000, 40000)) {
            out.add(new Request("long-target", "GET", bytes("/articles?q=" + "x".repeat(length)), headers(), null));
        }
        out.add(new Request(DECODER, "GET", bytes("/articles?q=" + "x".repeat(70000)), headers(), null));
        out.add(new Request("long-target", "GET", bytes("/" + "a".repeat(20000)), headers(), null));
        // Over the header limit: one long header, many headers (431).
        for (int length : List.of(21000, 30000)) {
            out.add(new Request("long-header", "GET", bytes("/languages"), headers("X-Long", "h".repeat(length)), null));
        }
        out.add(new Request(DECODER, "GET", bytes("/languages"), headers("X-Long", "h".repeat(70000)), null));
        List<String[]> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(new String[] {"X-Many-" + i, "v".repeat(20)});
        }
        out.add(new Request("long-header", "GET", bytes("/languages"), many, null));
        out.add(new Request("long-header", "POST", bytes("/analyze"), concatHeaders(headers("Authorization", auth,
                "Content-Type", "text/plain"), headers("Cookie", "c".repeat(25000))), bytes("text")));
        // Odd paths.
        for (String path : List.of("/articles/1|2", "/articles/" + ZWNJ, "/" + ZWNJ, "/%E2%80%8C", "/articles/../languages",
                "//articles", "/articles//1", "/articles/%2e%2e/languages", "/articles/1;x=y", "/ARTICLES", "/nonexistent",
                "/q/nonexistent", "/articles/1/nonexistent", "/articles/%", "/articles/%zz", "/articles/%00", "/%FF",
                "/articles?%", "/articles?q=%", "/articles?limit=1&limit=2", "/articles?=x", "/articles?&&&", "/entities/1/aliases/x",
                "/articles/export?q=%ZZ", "/events?language=%FF", "/stories/1|2", "/imports/" + ZWNJ, "/articles/1/../../q/health")) {
            out.add(new Request("odd-path", "GET", bytes(path), headers(), null));
        }
        // Methods no operation has.
        for (String path : List.of("/articles", "/articles/1", "/languages", "/analyze", "/entities/1/merge", "/events")) {
            for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO")) {
                out.add(new Request("other-method", method, bytes(path), headers("Authorization", auth), null));
            }
        }
        out.add(new Request("other-method", "POST", bytes("/languages"), headers("Authorization", auth, "Content-Type", "application/json"), bytes("{}")));
        out.add(new Request("other-method", "GET", bytes("/analyze"), headers("Authorization", auth), null));
        // Malformed requests the HTTP decoder cannot frame: bad header lines, a bad request line, a bad chunk size.
        out.add(new Request(DECODER, "GET", bytes("/languages"), headers("Bad Header Name", "x"), null));
        out.add(new Request(DECODER, "GET", bytes("/languages HTTP/1.1 extra"), headers(), null));
        out.add(new Request(DECODER, "GET", bytes("/lan guages"), headers(), null));
        // The asterisk form: failed by Vert.x Web before any handler, answered 400 problem+json (api/HttpGuards).
        out.add(new Request("odd-path", "GET", bytes("*"), headers(), null));
        out.add(new Request("odd-path", "OPTIONS", bytes("*"), headers(), null));
        out.add(new Request(DECODER, "POST", bytes("/analyze"), headers("Authorization", auth, "Content-Type", "text/plain",
                "Transfer-Encoding", "chunked"), bytes("zz\r\nabc\r\n0\r\n\r\n")));
    }

    private Request build(Operation op, Map<String, Value> pathValues, Map<String, Value> query, String[] header,
                          String auth, String contentType, byte[] body) {
        String path = op.path();
        for (var p : op.pathParams().entrySet()) {
            Value v = pathValues.containsKey(p.getKey()) ? pathValues.get(p.getKey()) : p.getValue().get(0);
            path = path.replace("{" + p.getKey() + "}", v.wire());
        }
        StringBuilder target = new StringBuilder(path);
        char sep = '?';
        for (var q : query.entrySet()) {
            target.append(sep).append(q.getKey()).append('=').append(q.getValue().wire());
            sep = '&';
        }
        List<String[]> headers = new ArrayList<>();
        if (auth != null && !auth.isEmpty()) {
            headers.add(new String[] {"Authorization", auth});
        }
        if (header != null) {
            headers.add(header);
        }
        byte[] payload = body;
        if (!op.bodies().isEmpty()) {
            String type = contentType == null ? firstType(op) : contentType;
            if (!type.isEmpty()) {
                headers.add(new String[] {"Content-Type", type});
            }
            if (payload == null) {
                payload = firstBody(op);
            }
        }
        return new Request(op.name(), op.method(), target.toString().getBytes(StandardCharsets.UTF_8), headers, payload);
    }

    private static List<String[]> headers(String... nameValue) {
        List<String[]> h = new ArrayList<>();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            h.add(new String[] {nameValue[i], nameValue[i + 1]});
        }
        return h;
    }

    private static List<String[]> concatHeaders(List<String[]> a, List<String[]> b) {
        List<String[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- the rate limits at their defaults ------------------------------------------------------------------

    /** A burst of analyses and searches from one key: the limit answers 429 problem+json with Retry-After. */
    private void limits(int requests) throws Exception {
        List<Request> burst = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            burst.add(i % 2 == 0
                    ? new Request("limits analyze", "POST", bytes("/analyze"), headers("Authorization", validAuth(), "Content-Type", "text/plain"), bytes("x"))
                    : new Request("limits search", "GET", bytes("/articles?q=" + enc("باکو") + "&limit=1"), headers("Authorization", validAuth()), null));
        }
        sendAll(burst, 4);
        int tooMany = byStatus.getOrDefault("429", new AtomicInteger()).get();
        if (tooMany == 0) {
            violations.add("limits: " + requests + " expensive requests in a burst got no 429");
        }
    }

    // ---- sending and checking ----------------------------------------------------------------------------------

    private void sendAll(List<Request> requests, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (Request r : requests) {
            futures.add(pool.submit(() -> check(r, send(r))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private void check(Request r, Response res) {
        sent.incrementAndGet();
        String status = res.status() < 0 ? "no response" : Integer.toString(res.status());
        byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        byOperation.computeIfAbsent(r.op(), o -> new ConcurrentHashMap<>()).computeIfAbsent(res.status(), s -> new AtomicInteger()).incrementAndGet();
        String what = r.method() + " " + abbreviate(new String(r.target(), StandardCharsets.UTF_8)) + " [" + r.op() + "]";
        if (r.op().equals(DECODER) && res.status() < 500) {
            return;
        }
        if (res.status() < 0) {
            violation(r, "no response", what + ": " + new String(res.body(), StandardCharsets.UTF_8));
            return;
        }
        if (res.status() >= 500) {
            violation(r, res.status() + "", what + ": " + res.status() + " " + abbreviate(new String(res.body(), StandardCharsets.UTF_8)));
            return;
        }
        if (res.status() >= 400) {
            String type = res.headers().getOrDefault("content-type", "");
            if (!type.startsWith("application/problem+json")) {
                violation(r, res.status() + " as '" + type + "'", what + ": " + res.status() + " with content type '" + type + "'");
                return;
            }
            if (r.method().equals("HEAD")) {
                return;
            }
            try {
                JsonNode problem = JSON.readTree(res.body());
                if (problem == null || problem.path("status").asInt(-1) != res.status() || !problem.path("title").isTextual()) {
                    violation(r, res.status() + " bad problem", what + ": " + res.status() + " with problem " + abbreviate(new String(res.body(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                violation(r, res.status() + " not JSON", what + ": " + res.status() + " body is not JSON: " + abbreviate(new String(res.body(), StandardCharsets.UTF_8)));
            }
            if (res.status() == 429 && !res.headers().containsKey("retry-after")) {
                violation(r, "429 without Retry-After", what);
            }
        }
    }

    private void violation(Request r, String kind, String example) {
        violations.add(example);
        String key = r.op() + ": " + kind;
        violationKinds.putIfAbsent(key, example);
        violationCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** One request on its own connection, written byte for byte; the response read to its end. */
    private Response send(Request r) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(120_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes(bytes(r.method() + " "));
            head.writeBytes(r.target());
            head.writeBytes(bytes(" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n"));
            boolean chunked = false;
            for (String[] h : r.headers()) {
                head.writeBytes((h[0] + ": " + h[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(h[1])
                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                chunked |= h[0].equalsIgnoreCase("Transfer-Encoding");
            }
            if (r.body() != null && !chunked) {
                head.writeBytes(bytes("Content-Length: " + r.body().length + "\r\n"));
            }
            head.writeBytes(bytes("\r\n"));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (r.body() != null) {
                    out.write(r.body());
                }
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before reading everything (413, 414, 431): read what it said.
            }
            return read(new BufferedInputStream(socket.getInputStream()), r.method());
        } catch (IOException e) {
            return new Response(-1, Map.of(), bytes(e.toString()));
        }
    }

    private static Response read(InputStream in, String method) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed without a response");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
            }
        }
        if (headers.getOrDefault("content-type", "").startsWith("text/event-stream") || method.equals("HEAD")
                || status == 204 || status == 304) {
            return new Response(status, headers, new byte[0]);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            while (true) {
                String size = line(in);
                if (size == null) {
                    break;
                }
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                body.writeBytes(in.readNBytes(n));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.writeBytes(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.writeBytes(in.readAllBytes());
        }
        return new Response(status, headers, body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() <= 120 ? t : t.substring(0, 120) + "…(" + t.length() + ")";
    }

    private void report(double seconds) {
        System.out.printf("%nsent %d requests in %.0f s%n", sent.get(), seconds);
        Map<String, Integer> classes = new TreeMap<>();
        byStatus.forEach((s, n) -> classes.merge(s.matches("\\d+") ? s.charAt(0) + "xx" : s, n.get(), Integer::sum));
        System.out.println("by status class: " + classes);
        Map<String, Integer> statuses = new TreeMap<>();
        byStatus.forEach((s, n) -> statuses.put(s, n.get()));
        System.out.println("by status: " + statuses);
        System.out.println("by operation:");
        new TreeMap<>(byOperation).forEach((op, counts) -> {
            Map<Integer, Integer> c = new TreeMap<>();
            counts.forEach((s, n) -> c.put(s, n.get()));
            System.out.printf("  %-26s %6d  %s%n", op, c.values().stream().mapToInt(Integer::intValue).sum(), c);
        });
        long fiveXx = byStatus.entrySet().stream().filter(e -> e.getKey().startsWith("5")).mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("5xx: %d; violations (5xx, 4xx not problem+json, no response): %d%n", fiveXx, violations.size());
        new TreeMap<>(violationKinds).forEach((kind, example) ->
                System.out.printf("  VIOLATION %-45s x%-5d e.g. %s%n", kind, violationCounts.get(kind).get(), example));
    }
}
