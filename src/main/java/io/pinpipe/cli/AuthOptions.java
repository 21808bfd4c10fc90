package io.pinpipe.cli;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.connections.TruststoreType;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How to authenticate, as options (a picocli mixin): {@code --auth} and the settings of each mode. */
public final class AuthOptions {

    @Mixin
    AuthModeOption mode = new AuthModeOption();

    @Option(names = "--truststore", paramLabel = "FILE",
            description = "tls, scram, iam: certificates to trust (JKS, PKCS12 or PEM; the type follows the file name). "
                    + "Default: the JDK's. A PKCS12 password comes from " + SecretSource.TRUSTSTORE_PASSWORD_VARIABLE + ".")
    Path truststore;

    @Option(names = "--truststore-type", paramLabel = "TYPE", description = "JKS, PKCS12 or PEM, when the file name does not say")
    String truststoreType;

    @Option(names = "--no-hostname-verification", description = "tls, scram, iam: accept a certificate that names another host")
    boolean noHostnameVerification;

    @Mixin
    ScramUserOption scram = new ScramUserOption();

    @Option(names = "--no-tls", description = "scram: SASL over plaintext (SASL_PLAINTEXT) instead of TLS")
    boolean noTls;

    @Mixin
    AwsProfileOptions aws = new AwsProfileOptions();

    @Option(names = "--role-arn", paramLabel = "ARN", description = "iam: an IAM role to assume with the default credentials")
    String roleArn;

    /** The options given on the command line, for messages about conflicts. */
    List<String> given() {
        var given = new ArrayList<String>();
        add(given, "--auth", mode.given());
        add(given, "--truststore", truststore != null);
        add(given, "--truststore-type", truststoreType != null);
        add(given, "--no-hostname-verification", noHostnameVerification);
        add(given, "--scram-user", scram.given());
        add(given, "--no-tls", noTls);
        add(given, aws.profileName(), aws.profile != null);
        add(given, aws.regionName(), aws.region != null);
        add(given, "--role-arn", roleArn != null);
        return given;
    }

    /** @throws IllegalArgumentException for an unknown mode, or an option that does not belong to the mode */
    AuthSettings settings() {
        var chosen = mode.mode().orElse(AuthMode.PLAINTEXT);
        var tlsGiven = truststore != null || truststoreType != null || noHostnameVerification;
        only(chosen, AuthMode.SCRAM, "--scram-user", scram.given());
        only(chosen, AuthMode.SCRAM, "--no-tls", noTls);
        only(chosen, AuthMode.IAM, aws.profileName(), aws.profile != null);
        only(chosen, AuthMode.IAM, aws.regionName(), aws.region != null);
        only(chosen, AuthMode.IAM, "--role-arn", roleArn != null);
        if (tlsGiven && (chosen == AuthMode.PLAINTEXT || noTls)) {
            throw new IllegalArgumentException(needs(tlsOptionNames()) + " TLS: use --auth tls, scram (without --no-tls) or iam");
        }
        switch (chosen) {
            case TLS:
                return new AuthSettings.Tls(tls());
            case SCRAM:
                return new AuthSettings.Scram(scram.user().orElseThrow(() -> new IllegalArgumentException(
                        "--auth scram needs --scram-user USER")), noTls ? Optional.empty() : Optional.of(tls()));
            case IAM:
                return new AuthSettings.Iam(Optional.ofNullable(aws.profile), Optional.ofNullable(aws.region),
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

    private void only(AuthMode chosen, AuthMode wanted, String option, boolean given) {
        if (given && chosen != wanted) {
            throw new IllegalArgumentException(option + (!mode.given() ? " needs --auth " + wanted.id()
                    : " does not apply to --auth " + chosen.id() + ", only to --auth " + wanted.id()));
        }
    }

    private static void add(List<String> names, String name, boolean given) {
        if (given) {
            names.add(name);
        }
    }
}
