package io.pinpipe.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local HTTP server that speaks the MSK control-plane wire format of {@code msk-api/service-2.json}
 * (rest-json, camelCase fields, {@code nextToken} pages, errors named in {@code x-amzn-ErrorType}) and checks
 * every request's SigV4 signature against the test keys. Point the real SDK client at {@link #endpoint()}.
 */
public final class FakeMsk implements AutoCloseable {

    /** Test-only keys: they exist nowhere but in the temporary credentials files of the tests. */
    public static final String ACCESS_KEY = "AKIAPINPIPEFAKE00001";
    public static final String SECRET_KEY = "pinpipe/fake/secret/for/tests/only/0000000";
    public static final String PROFILE = "pinpipe-test";
    /** ListClustersV2's default page size at AWS. */
    public static final int DEFAULT_PAGE = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived and how it was answered. */
    public record Request(String method, String path, Map<String, String> query, String region, int status) {
    }

    private final HttpServer server;
    private final List<FakeCluster> clusters = new CopyOnWriteArrayList<>();
    private final Set<String> forbiddenBootstrap = new HashSet<>();
    private final Set<String> deniedBootstrap = new HashSet<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> signatureProblems = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttleNext = new AtomicInteger();

    private FakeMsk(HttpServer server) {
        this.server = server;
    }

    public static FakeMsk start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var fake = new FakeMsk(server);
        server.createContext("/", fake::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            var thread = new Thread(runnable, "fake-msk");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return fake;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeMsk add(FakeCluster... more) {
        clusters.addAll(List.of(more));
        return this;
    }

    /** GetBootstrapBrokers on this cluster answers 403 ForbiddenException, as for a role without the action. */
    public synchronized FakeMsk forbidBootstrapBrokers(String clusterName) {
        forbiddenBootstrap.add(clusterName);
        return this;
    }

    /**
     * GetBootstrapBrokers on this cluster answers as AWS does when IAM denies the action: 403 with
     * {@code x-amzn-ErrorType: AccessDeniedException} (the IAM layer's code, not one of the model's) and a body whose
     * only field is {@code Message}, capitalised.
     */
    public synchronized FakeMsk denyBootstrapBrokers(String clusterName) {
        deniedBootstrap.add(clusterName);
        return this;
    }

    /** The next {@code count} requests are answered 429 TooManyRequestsException. */
    public FakeMsk throttleNext(int count) {
        throttleNext.set(count);
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String pathPart) {
        return requests.stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    /** Requests whose signature did not check out: a test expects none. */
    public List<String> signatureProblems() {
        return List.copyOf(signatureProblems);
    }

    public void clearRequests() {
        requests.clear();
    }

    public void signatureProblemsReset() {
        signatureProblems.clear();
    }

    /**
     * Writes a shared config and credentials file pair: {@value #PROFILE} with the test keys and a region, an
     * SSO profile, a role profile, and a default profile with no keys of its own.
     */
    public static AwsFiles writeProfiles(Path folder, String region) throws IOException {
        Files.createDirectories(folder);
        var config = folder.resolve("config");
        var credentials = folder.resolve("credentials");
        Files.writeString(config, String.join("\n",
                "[default]", "region = eu-west-1", "",
                "[profile " + PROFILE + "]", "region = " + region, "",
                "[profile sso-dev]", "sso_session = corp", "sso_account_id = 123456789012",
                "sso_role_name = KafkaDeveloper", "region = us-west-2", "",
                "[sso-session corp]", "sso_start_url = https://corp.awsapps.com/start", "sso_region = us-east-1", "",
                "[profile ops-role]", "role_arn = arn:aws:iam::123456789012:role/msk-ops", "source_profile = " + PROFILE, ""));
        Files.writeString(credentials, String.join("\n",
                "[" + PROFILE + "]", "aws_access_key_id = " + ACCESS_KEY, "aws_secret_access_key = " + SECRET_KEY, "",
                "[keys-only]", "aws_access_key_id = AKIAPINPIPEFAKE00002", "aws_secret_access_key = other-fake-secret", ""));
        return new AwsFiles(config, credentials);
    }

    /** The two files, to pass as AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
    public record AwsFiles(Path config, Path credentials) {
        public Map<String, String> env() {
            return Map.of("AWS_CONFIG_FILE", config.toString(), "AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            var query = query(exchange.getRequestURI().getRawQuery());
            var path = exchange.getRequestURI().getRawPath();
            var outcome = SigV4Check.check(exchange, body, ACCESS_KEY, SECRET_KEY);
            if (outcome instanceof SigV4Check.Outcome.Refused refused) {
                signatureProblems.add(path + ": " + refused.message());
                error(exchange, path, query, "?", 403, refused.errorCode(), refused.message());
                return;
            }
            var signer = ((SigV4Check.Outcome.Signed) outcome).signer();
            if (!signer.service().equals("kafka")) {
                error(exchange, path, query, signer.region(), 403, "InvalidSignatureException", "Credential should be scoped to correct service: 'kafka'.");
                return;
            }
            if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                error(exchange, path, query, signer.region(), 429, "TooManyRequestsException", "Too Many Requests");
                return;
            }
            route(exchange, path, query, signer.region());
        }
    }

    private void route(HttpExchange exchange, String path, Map<String, String> query, String region) throws IOException {
        var segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
        if (!exchange.getRequestMethod().equals("GET")) {
            error(exchange, path, query, region, 400, "BadRequestException", "Only GET operations are faked");
            return;
        }
        if (segments.equals(List.of("api", "v2", "clusters"))) {
            listClusters(exchange, path, query, region);
            return;
        }
        if (segments.size() == 4 && segments.subList(0, 3).equals(List.of("api", "v2", "clusters"))) {
            var cluster = cluster(segments.get(3));
            if (cluster.isEmpty()) {
                notFound(exchange, path, query, region, segments.get(3));
                return;
            }
            var answer = JSON.createObjectNode();
            answer.set("clusterInfo", cluster.get().clusterInfo());
            ok(exchange, path, query, region, answer);
            return;
        }
        if (segments.size() == 4 && segments.subList(0, 2).equals(List.of("v1", "clusters"))) {
            var cluster = cluster(segments.get(2));
            if (cluster.isEmpty()) {
                notFound(exchange, path, query, region, segments.get(2));
                return;
            }
            clusterPart(exchange, path, query, region, cluster.get(), segments.get(3));
            return;
        }
        error(exchange, path, query, region, 404, "NotFoundException", "No operation at " + path);
    }

    private void clusterPart(HttpExchange exchange, String path, Map<String, String> query, String region,
                             FakeCluster cluster, String part) throws IOException {
        switch (part) {
            case "bootstrap-brokers" -> {
                if (isDenied(cluster)) {
                    var body = JSON.createObjectNode().put("Message", "User: arn:aws:iam::" + FakeCluster.ACCOUNT
                            + ":user/pinpipe-test is not authorized to perform: kafka:GetBootstrapBrokers on resource: "
                            + cluster.arn() + " because no identity-based policy allows the kafka:GetBootstrapBrokers action");
                    send(exchange, 403, Map.of("x-amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/"),
                            JSON.writeValueAsBytes(body));
                    requests.add(new Request(exchange.getRequestMethod(), path, query, region, 403));
                } else if (isForbidden(cluster)) {
                    error(exchange, path, query, region, 403, "ForbiddenException", "User: arn:aws:iam::" + FakeCluster.ACCOUNT
                            + ":user/pinpipe-test is not authorized to perform: kafka:GetBootstrapBrokers on resource: "
                            + cluster.arn());
                } else if ("CREATING".equals(cluster.state)) {
                    error(exchange, path, query, region, 409, "ConflictException",
                            "Bootstrap brokers are not available while the cluster is CREATING");
                } else {
                    ok(exchange, path, query, region, cluster.bootstrapJson());
                }
            }
            case "nodes" -> page(exchange, path, query, region, "nodeInfoList", cluster.nodeInfos(), 10);
            case "topics" -> page(exchange, path, query, region, "topics", cluster.topicInfos(), 10);
            default -> error(exchange, path, query, region, 404, "NotFoundException", "No operation at " + path);
        }
    }

    private synchronized boolean isDenied(FakeCluster cluster) {
        return deniedBootstrap.contains(cluster.name);
    }

    private synchronized boolean isForbidden(FakeCluster cluster) {
        return forbiddenBootstrap.contains(cluster.name);
    }

    private void listClusters(HttpExchange exchange, String path, Map<String, String> query, String region) throws IOException {
        var nameFilter = query.getOrDefault("clusterNameFilter", "");
        var typeFilter = query.getOrDefault("clusterTypeFilter", "");
        var infos = clusters.stream().filter(c -> c.region.equals(region))
                .filter(c -> c.name.startsWith(nameFilter))
                .filter(c -> typeFilter.isEmpty() || (c.serverless ? "SERVERLESS" : "PROVISIONED").equals(typeFilter))
                .map(FakeCluster::clusterInfo).toList();
        page(exchange, path, query, region, "clusterInfoList", infos, DEFAULT_PAGE);
    }

    private void page(HttpExchange exchange, String path, Map<String, String> query, String region, String listField,
                      List<ObjectNode> items, int defaultPage) throws IOException {
        int size;
        try {
            size = Integer.parseInt(query.getOrDefault("maxResults", Integer.toString(defaultPage)));
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > 100) {
            error(exchange, path, query, region, 400, "BadRequestException", "maxResults must be between 1 and 100");
            return;
        }
        var start = Optional.ofNullable(query.get("nextToken")).map(FakeMsk::offsetOf).orElse(0);
        if (start < 0 || start > items.size()) {
            error(exchange, path, query, region, 400, "BadRequestException", "The nextToken is not valid");
            return;
        }
        var end = Math.min(items.size(), start + size);
        var answer = JSON.createObjectNode();
        var list = answer.putArray(listField);
        items.subList(start, end).forEach(list::add);
        if (end < items.size()) {
            answer.put("nextToken", tokenOf(end));
        }
        ok(exchange, path, query, region, answer);
    }

    /** Opaque to clients, like AWS's. */
    private static String tokenOf(int offset) {
        return java.util.Base64.getEncoder().encodeToString(("page-after:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String token) {
        try {
            var text = new String(java.util.Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            return text.startsWith("page-after:") ? Integer.parseInt(text.substring("page-after:".length())) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private Optional<FakeCluster> cluster(String arn) {
        return clusters.stream().filter(c -> c.arn().equals(arn)).findFirst();
    }

    private void notFound(HttpExchange exchange, String path, Map<String, String> query, String region, String arn) throws IOException {
        error(exchange, path, query, region, 404, "NotFoundException", "The requested resource " + arn + " does not exist.");
    }

    private void ok(HttpExchange exchange, String path, Map<String, String> query, String region, ObjectNode body) throws IOException {
        send(exchange, 200, Map.of(), JSON.writeValueAsBytes(body));
        requests.add(new Request(exchange.getRequestMethod(), path, query, region, 200));
    }

    private void error(HttpExchange exchange, String path, Map<String, String> query, String region, int status,
                       String code, String message) throws IOException {
        var body = JSON.createObjectNode().put("message", message);
        // AWS appends a namespace after a colon; the SDK reads the code before it.
        send(exchange, status, Map.of("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.kafka/"),
                JSON.writeValueAsBytes(body));
        requests.add(new Request(exchange.getRequestMethod(), path, query, region, status));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> query(String raw) {
        var query = new HashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        Function<String, String> decode = s -> URLDecoder.decode(s, StandardCharsets.UTF_8);
        for (var pair : raw.split("&")) {
            var parts = pair.split("=", 2);
            query.put(decode.apply(parts[0]), parts.length > 1 ? decode.apply(parts[1]) : "");
        }
        return query;
    }

    /** Names of clusters in a region, in the order they were added. */
    public List<String> names(String region) {
        var names = new ArrayList<String>();
        clusters.stream().filter(c -> c.region.equals(region)).forEach(c -> names.add(c.name));
        return names;
    }
}
