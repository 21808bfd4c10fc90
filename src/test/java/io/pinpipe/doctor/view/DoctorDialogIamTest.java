package io.pinpipe.doctor.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.doctor.AwsSetup;
import io.pinpipe.doctor.ConnectionDoctor;
import io.pinpipe.doctor.FakeStsAccess;
import io.pinpipe.testing.DoctorDialogReader;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.testing.SecureKafkaBroker;
import io.pinpipe.testing.SecureKafkaExtension;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialog for an IAM connection to a TLS listener that does not take IAM: the network steps and the AWS
 * identity (from a temporary profile, through a local STS) are green, authentication is red and says why.
 */
@Tag("slow")
@ExtendWith(SecureKafkaExtension.class)
class DoctorDialogIamTest {

    @TempDir
    Path dir;
    private final java.util.concurrent.ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void theIdentityStepShowsWhoAndWhereTheCredentialsCameFrom(SecureKafkaBroker kafka) throws Exception {
        try (var sts = FakeStsAccess.start(dir)) {
            var doctor = new ConnectionDoctor(new AwsSetup(sts.profiles(), Optional.of(sts.endpoint())));
            var connection = new Connection("MSK demo (eu-west-1)", kafka.tlsBootstrap(), new AuthSettings.Iam(
                    Optional.of("doctor-test"), Optional.empty(), Optional.empty(), TlsOptions.trusting(Truststore.of(kafka.truststore()))));
            var model = new DoctorViewModel(doctor, new Async(background, Platform::runLater, new BackgroundWork()),
                    connection, SecretSource.none());
            FxToolkit.registerPrimaryStage();
            var opened = new java.util.concurrent.atomic.AtomicReference<javafx.scene.control.DialogPane>();
            FxToolkit.setupStage(stage -> {
                var scene = new Scene(new javafx.scene.layout.StackPane(new Label("owner")), 400, 300);
                ThemeApplier.apply(io.pinpipe.settings.Theme.LIGHT, scene);
                stage.setScene(scene);
                stage.show();
                opened.set(DoctorDialog.show(stage, model).getDialogPane());
            });
            // Only this test's dialog: one another test left open must not answer for it.
            var robot = new FxRobot();
            var dialog = DoctorDialogReader.in(robot, opened.get());
            dialog.awaitFinished();

            assertThat(dialog.text("#doctor-step-aws-identity-message")).isEqualTo("arn:aws:iam::123456789012:user/pinpipe-tester");
            assertThat(dialog.text("#doctor-step-aws-identity-details")).contains("Account 123456789012")
                    .contains("Credentials from profile doctor-test in the shared AWS config and credentials files (SDK provider name: n)");
            assertThat(dialog.state("tls")).isEqualTo("passed");
            assertThat(dialog.state("authenticate")).isEqualTo("failed");
            assertThat(dialog.text("#doctor-step-authenticate-advice")).startsWith("What to do: ");
            Screenshots.save(opened.get().getScene(), "doctor-iam");
        }
    }
}
