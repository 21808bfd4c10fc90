package io.pinpipe.connections;

import java.nio.file.Path;

/** Which secret a connection needs at the moment it is used. Names the secret; never holds its value. */
public sealed interface Secret {

    /** A question a person can answer, e.g. for a password prompt. */
    String question();

    record ScramPassword(String username, String bootstrap) implements Secret {
        @Override
        public String question() {
            return "SCRAM password for " + username + " at " + bootstrap + ": ";
        }
    }

    /** Only PKCS12 truststores need one; JKS and PEM ones are read without. */
    record TruststorePassword(Path truststore) implements Secret {
        @Override
        public String question() {
            return "Password of truststore " + truststore + ": ";
        }
    }
}
