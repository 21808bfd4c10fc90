package io.pinpipe.cli;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.connections.TruststoreType;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How to authenticate, as options (a picocli mixin): {@code --auth} and the settings of each mode. */
public final class AuthOptions {

    @Option(names = "--auth", paramLabel = "MODE",
            description = "plaintext, tls, scram (SASL/SCRAM-SHA-512) or iam (MSK IAM). Default: plaintext.")
    String auth;

    @Option(names = "--truststore", paramLabel = "FILE",
            description = "tls, scram, iam: certificates to trust (JKS, PKCS12 or PEM; the type follows the file "
                    + "name). Default: the JDK's. A PKCS12 password comes from PINPIPE_TRUSTSTORE_PASSWORD.")
    Path truststore;

    @Option(names = "--truststore-type", paramLabel = "TYPE", description = "JKS, PKCS12 or PEM, when the file name does not say")
    String truststoreType;

    @Option(names = "--no-hostname-verification", description = "tls, scram, iam: accept a certificate that names another host")
    boolean noHostnameVerification;

    @Option(names = "--scram-user", paramLabel = "USER",
            description = "scram: the user. The password comes from PINPIPE_SCRAM_PASSWORD, else it is asked for.")
    String scramUser;

    @Option(names = "--no-tls", description = "scram: SASL over plaintext (SASL_PLAINTEXT) instead of TLS")
    boolean noTls;

    @Option(names = "--aws-profile", paramLabel = "PROFILE", description = "iam: the AWS profile whose credentials to use")
    String awsProfile;

    @Option(names = "--aws-region", paramLabel = "REGION", description = "iam: the region to assume --role-arn in (e.g. us-east-1)")
    String awsRegion;

    @Option(names = "--role-arn", paramLabel = "ARN", description = "iam: an IAM role to assume with the default credentials")
    String roleArn;

    /** The options given on the command line, for messages about conflicts. */
    List<String> given() {
        var given = new ArrayList<String>();
        add(given, "--auth", auth != null);
        add(given, "--truststore", truststore != null);
        add(given, "--truststore-type", truststoreType != null);
        add(given, "--no-hostname-verification", noHostnameVerification);
        add(given, "--scram-user", scramUser != null);
        add(given, "--no-tls", noTls);
        add(given, "--aws-profile", awsProfile != null);
        add(given, "--aws-region", awsRegion != null);
        add(given, "--role-arn", roleArn != null);
        return given;
    }

    /** @throws IllegalArgumentException for an unknown mode, or an option that does not belong to the mode */
    AuthSettings settings() {
        var mode = auth == null ? AuthMode.PLAINTEXT : AuthMode.fromId(auth);
        var tlsGiven = truststore != null || truststoreType != null || noHostnameVerification;
        only(mode, AuthMode.SCRAM, "--scram-user", scramUser != null);
        only(mode, AuthMode.SCRAM, "--no-tls", noTls);
        only(mode, AuthMode.IAM, "--aws-profile", awsProfile != null);
        only(mode, AuthMode.IAM, "--aws-region", awsRegion != null);
        only(mode, AuthMode.IAM, "--role-arn", roleArn != null);
        if (tlsGiven && (mode == AuthMode.PLAINTEXT || noTls)) {
            throw new IllegalArgumentException(needs(tlsOptionNames()) + " TLS: use --auth tls, scram (without --no-tls) or iam");
        }
        switch (mode) {
            case TLS:
                return new AuthSettings.Tls(tls());
            case SCRAM:
                if (scramUser == null) {
                    throw new IllegalArgumentException("--auth scram needs --scram-user USER");
                }
                return new AuthSettings.Scram(scramUser, noTls ? Optional.empty() : Optional.of(tls()));
            case IAM:
                return new AuthSettings.Iam(Optional.ofNullable(awsProfile), Optional.ofNullable(awsRegion),
                        Optional.ofNullable(roleArn), tls());
            default:
                return new AuthSettings.Plaintext();
        }
    }

    private TlsOptions tls() {
        if (truststoreType != null && truststore == null) {
            throw new IllegalArgumentException("--truststore-type needs --truststore FILE");
        }
        var store = Optional.ofNullable(truststore).map(file -> new Truststore(file,
                Optional.ofNullable(truststoreType).map(TruststoreType::parse).orElse(TruststoreType.guessFrom(file))));
        var options = new TlsOptions(store, true);
        return noHostnameVerification ? options.withoutHostnameVerification() : options;
    }

    /** "--a needs" or "--a, --b need": the start of a sentence about options that lack something. */
    static String needs(List<String> options) {
        return String.join(", ", options) + (options.size() == 1 ? " needs" : " need");
    }

    private List<String> tlsOptionNames() {
        var names = new ArrayList<String>();
        add(names, "--truststore", truststore != null);
        add(names, "--truststore-type", truststoreType != null);
        add(names, "--no-hostname-verification", noHostnameVerification);
        return names;
    }

    private void only(AuthMode mode, AuthMode wanted, String option, boolean given) {
        if (given && mode != wanted) {
            throw new IllegalArgumentException(option + (auth == null ? " needs --auth " + wanted.id()
                    : " does not apply to --auth " + mode.id() + ", only to --auth " + wanted.id()));
        }
    }

    private static void add(List<String> names, String name, boolean given) {
        if (given) {
            names.add(name);
        }
    }
}
