package io.pinpipe.connections;

import java.util.Objects;
import java.util.Optional;

/** The per-mode part of a connection. Holds no secret: passwords come from a {@link SecretSource} when used. */
public sealed interface AuthSettings {

    AuthMode mode();

    /** The TLS part, for the modes that encrypt. */
    Optional<TlsOptions> tlsOptions();

    /** Kafka's {@code security.protocol} for these settings. */
    default String securityProtocol() {
        var sasl = mode() == AuthMode.SCRAM || mode() == AuthMode.IAM;
        var tls = tlsOptions().isPresent();
        return (sasl ? "SASL_" : "") + (tls ? "SSL" : "PLAINTEXT");
    }

    record Plaintext() implements AuthSettings {
        @Override
        public AuthMode mode() {
            return AuthMode.PLAINTEXT;
        }

        @Override
        public Optional<TlsOptions> tlsOptions() {
            return Optional.empty();
        }
    }

    record Tls(TlsOptions tls) implements AuthSettings {
        public Tls {
            Objects.requireNonNull(tls, "tls");
        }

        @Override
        public AuthMode mode() {
            return AuthMode.TLS;
        }

        @Override
        public Optional<TlsOptions> tlsOptions() {
            return Optional.of(tls);
        }
    }

    /** SASL/SCRAM-SHA-512 (what MSK offers) over TLS, or over plaintext when {@code tls} is empty. */
    record Scram(String username, Optional<TlsOptions> tls) implements AuthSettings {
        public Scram {
            ConnectionRules.require(ConnectionRules.usernameProblem(username));
            Objects.requireNonNull(tls, "tls");
            username = username.strip();
        }

        @Override
        public AuthMode mode() {
            return AuthMode.SCRAM;
        }

        @Override
        public Optional<TlsOptions> tlsOptions() {
            return tls;
        }
    }

    /**
     * AWS_MSK_IAM through aws-msk-iam-auth: credentials from the default AWS chain, or a named profile, or
     * a role assumed from the default chain. The region is where STS is asked for the role (and where the
     * MSK browser looks); the signing region comes from the broker host name.
     */
    record Iam(Optional<String> awsProfile, Optional<String> awsRegion, Optional<String> roleArn, TlsOptions tls)
            implements AuthSettings {

        public static final Iam DEFAULT_CHAIN = new Iam(Optional.empty(), Optional.empty(), Optional.empty(), TlsOptions.DEFAULT);

        public Iam {
            awsProfile = nonBlank(awsProfile);
            awsRegion = nonBlank(awsRegion);
            roleArn = nonBlank(roleArn);
            awsProfile.ifPresent(profile -> ConnectionRules.require(ConnectionRules.profileProblem(profile)));
            awsRegion.ifPresent(region -> ConnectionRules.require(ConnectionRules.regionProblem(region)));
            roleArn.ifPresent(arn -> ConnectionRules.require(ConnectionRules.roleArnProblem(arn)));
            if (awsProfile.isPresent() && roleArn.isPresent()) {
                // aws-msk-iam-auth tries the profile first and never assumes the role when the profile works.
                throw new IllegalArgumentException("Give an AWS profile or a role ARN, not both: to assume a role "
                        + "with a profile's credentials, put role_arn and source_profile in that profile");
            }
            Objects.requireNonNull(tls, "tls");
        }

        @Override
        public AuthMode mode() {
            return AuthMode.IAM;
        }

        @Override
        public Optional<TlsOptions> tlsOptions() {
            return Optional.of(tls);
        }

        private static Optional<String> nonBlank(Optional<String> value) {
            return Objects.requireNonNull(value).map(String::strip).filter(text -> !text.isEmpty());
        }
    }
}
