package io.pinpipe.sandbox;

import java.time.LocalDateTime;

/** One row of {@code user_data}. */
public record UserRow(int ind, String firstName, String lastName, int age, LocalDateTime dateJoined) {

    UserRow withInd(int newInd) {
        return new UserRow(newInd, firstName, lastName, age, dateJoined);
    }
}
