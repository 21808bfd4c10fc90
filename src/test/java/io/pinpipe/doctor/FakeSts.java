package io.pinpipe.doctor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server that answers STS GetCallerIdentity in the query protocol's XML, as sts.amazonaws.com does.
 * The access key in the request's SigV4 Authorization header picks the answer: a known one gets its identity,
 * {@link #EXPIRED_KEY} gets the ExpiredToken error.
 */
final class FakeSts implements AutoCloseable {

    static final String KEY = "AKIDPINPIPETEST00001";
    static final String EXPIRED_KEY = "AKIDPINPIPEEXPIRED01";
    static final String ACCOUNT = "123456789012";
    static final String ARN = "arn:aws:iam::123456789012:user/pinpipe-tester";

    private final HttpServer server;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();

    private FakeSts(HttpServer server) {
        this.server = server;
    }

    static FakeSts start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var sts = new FakeSts(server);
        server.createContext("/", sts::answer);
        server.start();
        return sts;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        bodies.add(body);
        authorizations.add(authorization);
        if (!body.contains("Action=GetCallerIdentity")) {
            reply(exchange, 400, error("InvalidAction", "Only GetCallerIdentity here"));
        } else if (authorization.contains("Credential=" + EXPIRED_KEY + "/")) {
            reply(exchange, 403, error("ExpiredToken", "The security token included in the request is expired"));
        } else if (authorization.contains("Credential=" + KEY + "/")) {
            reply(exchange, 200, """
                    <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <GetCallerIdentityResult>
                        <Arn>%s</Arn>
                        <UserId>AIDAPINPIPETESTER0001</UserId>
                        <Account>%s</Account>
                      </GetCallerIdentityResult>
                      <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                    </GetCallerIdentityResponse>
                    """.formatted(ARN, ACCOUNT));
        } else {
            reply(exchange, 403, error("InvalidClientTokenId", "The security token included in the request is invalid."));
        }
    }

    private static String error(String code, String message) {
        return """
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
                  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c8</RequestId>
                </ErrorResponse>
                """.formatted(code, message);
    }

    private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
        var bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
