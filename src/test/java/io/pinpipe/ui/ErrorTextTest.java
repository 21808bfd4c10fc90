package io.pinpipe.ui;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTest {

    @Test
    void aSentenceIsShownAsItIsOnOneLine() {
        var error = new ExecutionException(new IllegalStateException("Topic x was not found.\nCheck the name."));
        assertThat(ErrorText.of(error)).isEqualTo("Topic x was not found. Check the name.");
    }

    @Test
    void aBugIsNamedAndPointsToTheLogInsteadOfShowingItsOwnMessage() {
        var error = new NullPointerException("Cannot invoke \"String.length()\" because \"name\" is null");
        assertThat(ErrorText.of(error))
                .isEqualTo("Something went wrong (NullPointerException); the log file has the details.");
    }

    @Test
    void aFailureWithoutAMessagePointsToTheLog() {
        assertThat(ErrorText.of(new RuntimeException())).contains("the log file has the details");
    }
}
