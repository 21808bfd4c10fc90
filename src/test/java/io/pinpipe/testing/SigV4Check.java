package io.pinpipe.testing;

import com.sun.net.httpserver.HttpExchange;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks an AWS Signature Version 4 the way AWS does: rebuilds the canonical request from what arrived and
 * compares signatures. A fake endpoint that checks this proves the real SDK signed the real request.
 */
final class SigV4Check {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})");

    /** Who signed, for which region and service. */
    record Signer(String accessKey, String region, String service) {
    }

    /** The signer, or a failure with the error code AWS would send. */
    sealed interface Outcome {
        record Signed(Signer signer) implements Outcome {
        }

        record Refused(String errorCode, String message) implements Outcome {
        }
    }

    private SigV4Check() {
    }

    static Outcome check(HttpExchange exchange, byte[] body, String accessKey, String secretKey) {
        var header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return new Outcome.Refused("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        var matcher = AUTHORIZATION.matcher(header);
        if (!matcher.matches()) {
            return new Outcome.Refused("IncompleteSignatureException", "Authorization header is not SigV4: " + header);
        }
        var signer = new Signer(matcher.group(1), matcher.group(3), matcher.group(4));
        if (!signer.accessKey().equals(accessKey)) {
            return new Outcome.Refused("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        var date = matcher.group(2);
        var signedHeaders = matcher.group(5);
        var amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(date)) {
            return new Outcome.Refused("IncompleteSignatureException", "X-Amz-Date missing or not of the credential's day");
        }
        var payloadHash = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Content-Sha256"))
                .orElse(hex(sha256(body)));
        var canonical = String.join("\n", exchange.getRequestMethod(), canonicalUri(exchange.getRequestURI().getRawPath()),
                canonicalQuery(exchange.getRequestURI().getRawQuery()), canonicalHeaders(exchange, signedHeaders),
                signedHeaders, payloadHash);
        var scope = date + "/" + signer.region() + "/" + signer.service() + "/aws4_request";
        var toSign = String.join("\n", "AWS4-HMAC-SHA256", amzDate, scope, hex(sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        var key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, signer.region());
        key = hmac(key, signer.service());
        key = hmac(key, "aws4_request");
        var expected = hex(hmac(key, toSign));
        if (!expected.equals(matcher.group(6))) {
            return new Outcome.Refused("InvalidSignatureException", "The request signature we calculated does not match "
                    + "the signature you provided. Canonical request: " + canonical.replace("\n", "\\n"));
        }
        return new Outcome.Signed(signer);
    }

    /** Non-S3 services encode the already-encoded path once more, segment by segment. */
    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return Arrays.stream(rawPath.split("/", -1)).map(SigV4Check::encode).collect(Collectors.joining("/"));
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        var pairs = new ArrayList<String>();
        for (var pair : rawQuery.split("&")) {
            var parts = pair.split("=", 2);
            var name = encode(decode(parts[0]));
            var value = parts.length > 1 ? encode(decode(parts[1])) : "";
            pairs.add(name + "=" + value);
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String canonicalHeaders(HttpExchange exchange, String signedHeaders) {
        var lines = new StringBuilder();
        for (var name : signedHeaders.split(";")) {
            List<String> values = Optional.ofNullable(exchange.getRequestHeaders().get(name)).orElse(List.of());
            lines.append(name.toLowerCase(Locale.ROOT)).append(':')
                    .append(values.stream().map(v -> v.strip().replaceAll("\\s+", " ")).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return lines.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
