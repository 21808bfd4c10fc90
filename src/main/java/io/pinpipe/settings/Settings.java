package io.pinpipe.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What Pinpipe remembers between runs. Never a password, a token or an AWS key: those come from the
 * environment, a prompt or the AWS provider chain each time.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(WindowBounds window, Theme theme, String lastPane, String activeConnection,
                       int sandboxPort, boolean keepSandboxRunning, Boolean startSandboxOnOpen,
                       String awsProfile, String awsRegion, String mskEndpoint,
                       EmulatorChoices emulator) {

    public static final int DEFAULT_SANDBOX_PORT = 9092;
    public static final String DEFAULT_PANE = "sandbox";
    public static final String DEFAULT_CONNECTION = "Local sandbox";

    public static Settings defaults() {
        return new Settings(WindowBounds.DEFAULT, Theme.LIGHT, DEFAULT_PANE, DEFAULT_CONNECTION,
                DEFAULT_SANDBOX_PORT, false, true, null, null, null, null);
    }

    /** Fills what an older or hand-edited file left out. */
    public Settings completed() {
        var defaults = defaults();
        return new Settings(window == null ? defaults.window : window.sane(),
                theme == null ? defaults.theme : theme,
                lastPane == null || lastPane.isBlank() ? defaults.lastPane : lastPane,
                activeConnection == null || activeConnection.isBlank() ? defaults.activeConnection : activeConnection,
                sandboxPort > 0 && sandboxPort < 65536 ? sandboxPort : defaults.sandboxPort,
                keepSandboxRunning,
                startSandboxOnOpen == null ? defaults.startSandboxOnOpen : startSandboxOnOpen,
                blankToNull(awsProfile), blankToNull(awsRegion), blankToNull(mskEndpoint), emulator);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(value, theme, lastPane, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    public Settings withTheme(Theme value) {
        return new Settings(window, value, lastPane, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    public Settings withLastPane(String value) {
        return new Settings(window, theme, value, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    public Settings withActiveConnection(String value) {
        return new Settings(window, theme, lastPane, value, sandboxPort, keepSandboxRunning, startSandboxOnOpen, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    public Settings withSandboxPort(int value) {
        return new Settings(window, theme, lastPane, activeConnection, value, keepSandboxRunning, startSandboxOnOpen, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    public Settings withKeepSandboxRunning(boolean value) {
        return new Settings(window, theme, lastPane, activeConnection, sandboxPort, value, startSandboxOnOpen, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    public Settings withStartSandboxOnOpen(boolean value) {
        return new Settings(window, theme, lastPane, activeConnection, sandboxPort, keepSandboxRunning, value, awsProfile, awsRegion, mskEndpoint, emulator);
    }

    /** The AWS profile the Clusters pane looked in last; null for the default credential chain. */
    public Settings withAwsProfile(String value) {
        return new Settings(window, theme, lastPane, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen,
                value, awsRegion, mskEndpoint, emulator);
    }

    public Settings withAwsRegion(String value) {
        return new Settings(window, theme, lastPane, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen,
                awsProfile, value, mskEndpoint, emulator);
    }

    /** Another MSK API endpoint (a VPC endpoint, or a local fake); null for AWS's own. */
    public Settings withMskEndpoint(String value) {
        return new Settings(window, theme, lastPane, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen,
                awsProfile, awsRegion, value, emulator);
    }

    /** The Emulator pane's last run; null until there was one. */
    public Settings withEmulator(EmulatorChoices value) {
        return new Settings(window, theme, lastPane, activeConnection, sandboxPort, keepSandboxRunning, startSandboxOnOpen,
                awsProfile, awsRegion, mskEndpoint, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Opening the app starts the local sandbox (broker and sample database) unless the user turned it off. */
    public boolean startsSandboxOnOpen() {
        return startSandboxOnOpen == null || startSandboxOnOpen;
    }
}
