package io.pinpipe.doctor;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A certificate in the words a person checks: whom it names, who signed it, until when. */
final class CertificateText {

    private CertificateText() {
    }

    static String describe(X509Certificate certificate) {
        var names = names(certificate);
        return certificate.getSubjectX500Principal().getName()
                + (names.isEmpty() ? "" : " (names " + String.join(", ", names) + ")")
                + ", issued by " + certificate.getIssuerX500Principal().getName()
                + ", valid until " + certificate.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The DNS names and IP addresses the certificate is good for. */
    static List<String> names(X509Certificate certificate) {
        var names = new ArrayList<String>();
        try {
            var alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                alternatives.stream().filter(entry -> entry.size() >= 2 && entry.get(1) instanceof String)
                        .forEach(entry -> names.add((String) entry.get(1)));
            }
        } catch (CertificateParsingException e) {
            // An unreadable extension: the subject alone still says a lot.
        }
        return names;
    }
}
