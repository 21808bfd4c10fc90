package io.pinpipe.sandbox;

import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns what mysql-connector-j throws into one line that says what to check. */
public final class MySqlErrors {

    private static final int ACCESS_DENIED = 1045;
    private static final int DATABASE_ACCESS_DENIED = 1044;
    private static final int UNKNOWN_DATABASE = 1049;

    private MySqlErrors() {
    }

    public static String describe(SQLException error, MySqlTarget target, String user) {
        var where = target.hostAndPort();
        var database = target.database().orElse("?");
        if (causedBy(error, UnknownHostException.class)) {
            return "Cannot reach " + where + ": unknown host; check the host name in the URL";
        }
        if (error.getSQLState() != null && error.getSQLState().startsWith("08")) {
            return "Cannot reach " + where + " (" + rootMessage(error) + "): check the host and port, and that the "
                    + "database accepts connections from this machine";
        }
        return switch (error.getErrorCode()) {
            case ACCESS_DENIED -> "Access denied for user '" + user + "' at " + where + ": check the user and password";
            case DATABASE_ACCESS_DENIED -> "User '" + user + "' may not use database '" + database + "' at " + where;
            case UNKNOWN_DATABASE -> "Database '" + database + "' does not exist at " + where
                    + ": create it first (CREATE DATABASE " + database + ")";
            default -> "Database error at " + where + ": " + firstLine(error.getMessage());
        };
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (var current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        var root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "no details" : message.strip().split("\\R", 2)[0];
    }
}
