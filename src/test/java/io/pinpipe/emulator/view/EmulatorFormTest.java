package io.pinpipe.emulator.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad value gets its sentence next to its field, and Start stays off until every field is right. */
class EmulatorFormTest {

    private final EmulatorForm form = new EmulatorForm();

    EmulatorFormTest() {
        form.connectionProperty().set(Connection.localSandbox("127.0.0.1:9092"));
    }

    @Test
    void theDefaultsAreReadyToRunLikeTheOriginal() {
        assertThat(form.valid().get()).isTrue();
        assertThat(form.pacing()).isInstanceOf(Pacing.Original.class);
        assertThat(form.runLimit()).isInstanceOf(Limit.None.class);
        assertThat(form.seedValue()).isEqualTo(100);
    }

    @Test
    void partitionsAndReplicationOfCreatedTopicsAreCheckedOnlyWhenTopicsAreCreated() {
        assertThat(form.partitionsValue()).isEmpty();
        assertThat(form.replicationFactorValue()).isEmpty();

        form.partitionsProperty().set("0");
        form.replicationFactorProperty().set("two");
        assertThat(form.partitionsError().get()).startsWith("Partitions: a whole number from 1 to 100,000");
        assertThat(form.replicationFactorError().get()).startsWith("Replication factor: a whole number from 1");
        assertThat(form.valid().get()).isFalse();

        form.createTopicsProperty().set(false);
        assertThat(form.partitionsError().get()).as("hidden and unused").isEmpty();
        assertThat(form.valid().get()).isTrue();
        assertThat(form.replicationFactorValue()).as("what a hidden field holds is not read: Start does not fail on it")
                .isEmpty();

        form.createTopicsProperty().set(true);
        form.partitionsProperty().set(" 6 ");
        form.replicationFactorProperty().set("3");
        assertThat(form.valid().get()).isTrue();
        assertThat(form.partitionsValue()).hasValue(6);
        assertThat(form.replicationFactorValue()).hasValue(3);
    }

    @Test
    void anEmptyOrIllegalPrefixIsNamed() {
        form.prefixProperty().set(" ");
        assertThat(form.prefixError().get()).isEqualTo(
                "The topic prefix cannot be empty: it names the topics PREFIX.pin, PREFIX.geo and PREFIX.user");
        assertThat(form.valid().get()).isFalse();
        form.prefixProperty().set("my prefix");
        assertThat(form.prefixError().get()).contains("letters, digits");
        form.prefixProperty().set("..");
        assertThat(form.prefixError().get()).isEqualTo("The topic prefix cannot be '..'");
        form.prefixProperty().set("x".repeat(245));
        assertThat(form.prefixError().get()).contains("at most 244 characters");
        assertThat(form.valid().get()).isFalse();
        form.prefixProperty().set("0a1b2c3d4e5f");
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void aRateMustBeAPositiveNumberOnlyWhenAFixedRateIsChosen() {
        form.rateProperty().set("0");
        assertThat(form.rateError().get()).isEmpty();
        form.paceProperty().set(EmulatorForm.PaceKind.RATE);
        assertThat(form.rateError().get()).isEqualTo("Events per second: a number above 0, at most 1000000.");
        form.rateProperty().set("fast");
        assertThat(form.valid().get()).isFalse();
        form.rateProperty().set("2.5");
        assertThat(form.valid().get()).isTrue();
        assertThat(form.pacing()).isEqualTo(new Pacing.Rate(2.5));
    }

    @Test
    void countsAndDurationsAreCheckedForTheLimitChosen() {
        form.limitProperty().set(EmulatorForm.LimitKind.COUNT);
        form.countProperty().set("ten");
        assertThat(form.countError().get()).isEqualTo("A whole number of events, such as 1000.");
        form.countProperty().set("0");
        assertThat(form.countError().get()).isEqualTo("At least 1 event.");
        form.countProperty().set("10");
        assertThat(form.runLimit()).isEqualTo(new Limit.Count(10));

        form.limitProperty().set(EmulatorForm.LimitKind.DURATION);
        form.durationProperty().set("5 minutes");
        assertThat(form.durationError().get()).isEqualTo("A duration such as 30s, 5m or 1h.");
        form.durationProperty().set("0s");
        assertThat(form.durationError().get()).isEqualTo("A duration above zero, such as 30s or 5m.");
        form.durationProperty().set("90s");
        assertThat(form.runLimit()).isEqualTo(new Limit.Within(Duration.ofSeconds(90)));
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void theChoicesOfARunComeBackInANewFormButNoSecretIsKept() {
        form.sourceProperty().set(EmulatorForm.SourceKind.MYSQL);
        form.jdbcUrlProperty().set("jdbc:mysql://db:3306/pins");
        form.dbPasswordProperty().set("hunter2");
        form.apiKeyProperty().set("k3y");
        form.prefixProperty().set("0a1b2c3d4e5f");
        form.paceProperty().set(EmulatorForm.PaceKind.RATE);
        form.rateProperty().set("25");
        form.limitProperty().set(EmulatorForm.LimitKind.DURATION);
        form.durationProperty().set("2m");
        form.createTopicsProperty().set(false);

        var choices = form.choices();
        var next = new EmulatorForm();
        next.restore(choices);

        // The connection is chosen by name once the list of connections is read, by the view model.
        assertThat(next.choices()).usingRecursiveComparison().ignoringFields("connection").isEqualTo(choices);
        assertThat(choices.toString()).doesNotContain("hunter2").doesNotContain("k3y");
        assertThat(next.dbPasswordProperty().get()).isEmpty();
        assertThat(choices.connection()).isEqualTo("Local sandbox");
    }

    @Test
    void choicesFromAnotherVersionKeepTheDefaultsTheyDoNotFit() {
        form.restore(new io.pinpipe.settings.EmulatorChoices("ORACLE", null, null, null, null, null, "kept", null,
                "WARP", null, null, null, null, null, null));
        assertThat(form.sourceProperty().get()).isEqualTo(EmulatorForm.SourceKind.SANDBOX);
        assertThat(form.paceProperty().get()).isEqualTo(EmulatorForm.PaceKind.ORIGINAL);
        assertThat(form.prefixProperty().get()).isEqualTo("kept");
    }

    @Test
    void aSeedIsAWholeNumber() {
        form.seedProperty().set("1e3");
        assertThat(form.seedError().get()).isEqualTo("A whole number: the same seed samples the same ids.");
        assertThat(form.valid().get()).isFalse();
    }

    @Test
    void aMySqlSourceNeedsAMySqlUrlAndAUser() {
        form.sourceProperty().set(EmulatorForm.SourceKind.MYSQL);
        form.jdbcUrlProperty().set("jdbc:postgresql://db:5432/pins");
        assertThat(form.jdbcUrlError().get()).isEqualTo("Expected jdbc:mysql://host:3306/database (or jdbc:mariadb://…).");
        form.jdbcUrlProperty().set("jdbc:mysql://db.example.com:3306/pinterest_data");
        form.dbUserProperty().set("");
        assertThat(form.dbUserError().get()).isEqualTo("Name the database user.");
        assertThat(form.valid().get()).isFalse();
        form.dbUserProperty().set("admin");
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void theRestProxyNeedsAnHttpUrlAndKafkaNeedsAConnection() {
        form.sinkProperty().set(EmulatorForm.SinkKind.REST);
        form.restUrlProperty().set("ftp://proxy");
        assertThat(form.restUrlError().get()).startsWith("The REST proxy URL must start with http:// or https://, not 'ftp://proxy'");
        form.restUrlProperty().set("//host/stage");
        assertThat(form.restUrlError().get()).startsWith("The REST proxy URL must start with http:// or https://");
        form.restUrlProperty().set("https://abc.execute-api.us-east-1.amazonaws.com/prod");
        assertThat(form.valid().get()).isTrue();

        form.sinkProperty().set(EmulatorForm.SinkKind.KAFKA);
        form.connectionProperty().set(null);
        assertThat(form.connectionError().get()).isEqualTo("Choose where to send the records.");
        assertThat(form.valid().get()).isFalse();
    }
}
