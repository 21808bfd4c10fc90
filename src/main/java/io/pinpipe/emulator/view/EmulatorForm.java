package io.pinpipe.emulator.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.Durations;
import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import io.pinpipe.emulator.RestProxyUrl;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.settings.EmulatorChoices;
import io.pinpipe.topics.PipelinePrefix;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.net.URI;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** The Emulator's settings as typed, each field's problem in a sentence (empty when fine), and the values they make. */
public final class EmulatorForm {

    public enum SourceKind { SANDBOX, MYSQL }

    public enum PaceKind { ORIGINAL, RATE, MAX }

    public enum LimitKind { NONE, COUNT, DURATION }

    public enum SinkKind { KAFKA, REST }

    public static final String DEFAULT_PREFIX = "demo";
    private static final int MAX_PARTITIONS = 100_000;

    private final ObjectProperty<SourceKind> source = new SimpleObjectProperty<>(SourceKind.SANDBOX);
    private final StringProperty jdbcUrl = new SimpleStringProperty("jdbc:mysql://localhost:3306/pinterest_data");
    private final StringProperty dbUser = new SimpleStringProperty("root");
    private final StringProperty dbPassword = new SimpleStringProperty("");
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final StringProperty prefix = new SimpleStringProperty(DEFAULT_PREFIX);
    private final ObjectProperty<PaceKind> pace = new SimpleObjectProperty<>(PaceKind.ORIGINAL);
    private final StringProperty rate = new SimpleStringProperty("50");
    private final ObjectProperty<LimitKind> limit = new SimpleObjectProperty<>(LimitKind.NONE);
    private final StringProperty count = new SimpleStringProperty("1000");
    private final StringProperty duration = new SimpleStringProperty("5m");
    private final StringProperty seed = new SimpleStringProperty(Long.toString(IdSampler.DEFAULT_SEED));
    private final ObjectProperty<SinkKind> sink = new SimpleObjectProperty<>(SinkKind.KAFKA);
    private final StringProperty restUrl = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty createTopics = new SimpleBooleanProperty(true);
    /** For topics the run creates; empty for the broker's default. */
    private final StringProperty partitions = new SimpleStringProperty("");
    private final StringProperty replicationFactor = new SimpleStringProperty("");
    private final ObjectProperty<DateTimeStyle> dateTimes = new SimpleObjectProperty<>(DateTimeStyle.ISO);

    private final StringBinding jdbcUrlError = Bindings.createStringBinding(this::checkJdbcUrl, source, jdbcUrl);
    private final StringBinding dbUserError = Bindings.createStringBinding(
            () -> source.get() == SourceKind.MYSQL && dbUser.get().isBlank() ? "Name the database user." : "", source, dbUser);
    private final StringBinding connectionError = Bindings.createStringBinding(
            () -> sink.get() == SinkKind.KAFKA && connection.get() == null ? "Choose where to send the records." : "",
            sink, connection);
    private final StringBinding prefixError = Bindings.createStringBinding(this::checkPrefix, prefix);
    private final StringBinding rateError = Bindings.createStringBinding(this::checkRate, pace, rate);
    private final StringBinding countError = Bindings.createStringBinding(this::checkCount, limit, count);
    private final StringBinding durationError = Bindings.createStringBinding(this::checkDuration, limit, duration);
    private final StringBinding seedError = Bindings.createStringBinding(this::checkSeed, seed);
    private final StringBinding restUrlError = Bindings.createStringBinding(this::checkRestUrl, sink, restUrl);
    private final StringBinding partitionsError = Bindings.createStringBinding(
            () -> checkTopicNumber(partitions, MAX_PARTITIONS, "Partitions: a whole number from 1 to 100,000, or empty for the broker's default."),
            sink, createTopics, partitions);
    private final StringBinding replicationFactorError = Bindings.createStringBinding(
            () -> checkTopicNumber(replicationFactor, Short.MAX_VALUE,
                    "Replication factor: a whole number from 1 to the number of brokers, or empty for the broker's default."),
            sink, createTopics, replicationFactor);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> Stream.of(jdbcUrlError, dbUserError, connectionError, prefixError, rateError, countError,
                    durationError, seedError, restUrlError, partitionsError, replicationFactorError)
                    .allMatch(error -> error.get().isEmpty()),
            jdbcUrlError, dbUserError, connectionError, prefixError, rateError, countError, durationError, seedError,
            restUrlError, partitionsError, replicationFactorError);

    /** What to remember of this form: everything but the password and the API key. */
    public EmulatorChoices choices() {
        return new EmulatorChoices(source.get().name(), jdbcUrl.get(), dbUser.get(),
                connection.get() == null ? null : connection.get().name(), sink.get().name(), restUrl.get(), prefix.get(),
                createTopics.get(), pace.get().name(), rate.get(), limit.get().name(), count.get(), duration.get(),
                seed.get(), dateTimes.get().name());
    }

    /** Puts back what {@link #choices()} gave; a field missing or no longer understood keeps its default. */
    public void restore(EmulatorChoices last) {
        restoreEnum(source, EmulatorForm.SourceKind.class, last.source());
        restoreText(jdbcUrl, last.jdbcUrl());
        restoreText(dbUser, last.dbUser());
        restoreEnum(sink, EmulatorForm.SinkKind.class, last.sink());
        restoreText(restUrl, last.restUrl());
        restoreText(prefix, last.prefix());
        if (last.createTopics() != null) {
            createTopics.set(last.createTopics());
        }
        restoreEnum(pace, EmulatorForm.PaceKind.class, last.pace());
        restoreText(rate, last.rate());
        restoreEnum(limit, EmulatorForm.LimitKind.class, last.limit());
        restoreText(count, last.count());
        restoreText(duration, last.duration());
        restoreText(seed, last.seed());
        restoreEnum(dateTimes, DateTimeStyle.class, last.dateTimes());
    }

    private static void restoreText(StringProperty field, String value) {
        if (value != null) {
            field.set(value);
        }
    }

    private static <E extends Enum<E>> void restoreEnum(ObjectProperty<E> field, Class<E> type, String value) {
        if (value == null) {
            return;
        }
        try {
            field.set(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            // Written by another version: keep the default.
        }
    }

    public Pacing pacing() {
        return switch (pace.get()) {
            case ORIGINAL -> new Pacing.Original(seedValue());
            case RATE -> new Pacing.Rate(Double.parseDouble(rate.get().strip()));
            case MAX -> new Pacing.Max();
        };
    }

    public Limit runLimit() {
        return switch (limit.get()) {
            case NONE -> new Limit.None();
            case COUNT -> new Limit.Count(Long.parseLong(count.get().strip()));
            case DURATION -> new Limit.Within(Durations.parse(duration.get()));
        };
    }

    public long seedValue() {
        return Long.parseLong(seed.get().strip());
    }

    public String prefixValue() {
        return prefix.get().strip();
    }

    /** The partitions of topics the run creates; empty for the broker's default. */
    public OptionalInt partitionsValue() {
        return topicNumber(partitions);
    }

    public OptionalInt replicationFactorValue() {
        return topicNumber(replicationFactor);
    }

    /** Empty when the run creates no topics (the hidden field may hold anything) or the field is blank. */
    private OptionalInt topicNumber(StringProperty field) {
        if (sink.get() != SinkKind.KAFKA || !createTopics.get() || field.get().isBlank()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(field.get().strip()));
    }

    /** Checked only when the run may create topics: otherwise the field is hidden and unused. */
    private String checkTopicNumber(StringProperty field, int max, String problem) {
        if (sink.get() != SinkKind.KAFKA || !createTopics.get() || field.get().isBlank()) {
            return "";
        }
        try {
            var value = Integer.parseInt(field.get().strip());
            return value >= 1 && value <= max ? "" : problem;
        } catch (NumberFormatException e) {
            return problem;
        }
    }

    public URI restUri() {
        return RestProxyUrl.parse(restUrl.get());
    }

    private String checkJdbcUrl() {
        if (source.get() != SourceKind.MYSQL) {
            return "";
        }
        try {
            new MySqlTarget(jdbcUrl.get());
            return "";
        } catch (IllegalArgumentException e) {
            return "Expected jdbc:mysql://host:3306/database (or jdbc:mariadb://…).";
        }
    }

    private String checkPrefix() {
        return PipelinePrefix.problem(prefix.get().strip()).orElse("");
    }

    private String checkRate() {
        if (pace.get() != PaceKind.RATE) {
            return "";
        }
        try {
            new Pacing.Rate(Double.parseDouble(rate.get().strip()));
            return "";
        } catch (IllegalArgumentException e) {
            return "Events per second: a number above 0, at most " + (long) Pacing.Rate.MAX_RATE + ".";
        }
    }

    private String checkCount() {
        if (limit.get() != LimitKind.COUNT) {
            return "";
        }
        try {
            return Long.parseLong(count.get().strip()) >= 1 ? "" : "At least 1 event.";
        } catch (NumberFormatException e) {
            return "A whole number of events, such as 1000.";
        }
    }

    private String checkDuration() {
        if (limit.get() != LimitKind.DURATION) {
            return "";
        }
        try {
            var value = Durations.parse(duration.get());
            return value.isZero() || value.isNegative() ? "A duration above zero, such as 30s or 5m." : "";
        } catch (IllegalArgumentException e) {
            return "A duration such as 30s, 5m or 1h.";
        }
    }

    private String checkSeed() {
        try {
            Long.parseLong(seed.get().strip());
            return "";
        } catch (NumberFormatException e) {
            return "A whole number: the same seed samples the same ids.";
        }
    }

    private String checkRestUrl() {
        return sink.get() != SinkKind.REST ? "" : RestProxyUrl.problem(restUrl.get()).orElse("");
    }

    public ObjectProperty<SourceKind> sourceProperty() { return source; }
    public StringProperty jdbcUrlProperty() { return jdbcUrl; }
    public StringProperty dbUserProperty() { return dbUser; }
    /** Kept for this session only: never saved. */
    public StringProperty dbPasswordProperty() { return dbPassword; }
    public ObservableList<Connection> connections() { return connections; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty prefixProperty() { return prefix; }
    public ObjectProperty<PaceKind> paceProperty() { return pace; }
    public StringProperty rateProperty() { return rate; }
    public ObjectProperty<LimitKind> limitProperty() { return limit; }
    public StringProperty countProperty() { return count; }
    public StringProperty durationProperty() { return duration; }
    public StringProperty seedProperty() { return seed; }
    public ObjectProperty<SinkKind> sinkProperty() { return sink; }
    public StringProperty restUrlProperty() { return restUrl; }
    /** Kept for this session only: never saved. */
    public StringProperty apiKeyProperty() { return apiKey; }
    public BooleanProperty createTopicsProperty() { return createTopics; }
    public StringProperty partitionsProperty() { return partitions; }
    public StringProperty replicationFactorProperty() { return replicationFactor; }
    public ObjectProperty<DateTimeStyle> dateTimesProperty() { return dateTimes; }

    public StringBinding jdbcUrlError() { return jdbcUrlError; }
    public StringBinding dbUserError() { return dbUserError; }
    public StringBinding connectionError() { return connectionError; }
    public StringBinding prefixError() { return prefixError; }
    public StringBinding rateError() { return rateError; }
    public StringBinding countError() { return countError; }
    public StringBinding durationError() { return durationError; }
    public StringBinding seedError() { return seedError; }
    public StringBinding restUrlError() { return restUrlError; }
    public StringBinding partitionsError() { return partitionsError; }
    public StringBinding replicationFactorError() { return replicationFactorError; }
    public BooleanBinding valid() { return valid; }
}
