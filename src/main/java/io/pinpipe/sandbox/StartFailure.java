package io.pinpipe.sandbox;

/** Why a sandbox start failed, for a UI that wants to offer a fix (free the port, free disk space, ...). */
public enum StartFailure {
    PORT_IN_USE,
    DISK,
    JAVA,
    DATA_LOCKED,
    OUT_OF_MEMORY,
    EXITED,
    TIMEOUT
}
