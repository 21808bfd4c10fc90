import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for bench/startup: the smallest JavaFX window, packaged with Pinpipe's own runtime. It prints
 * the same first-window line as Pinpipe ({@code -Dpinpipe.startupMarker=true|exit}).
 */
public class HelloWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        var scene = new Scene(new StackPane(new Label("Hello")), 1200, 780);
        var mode = System.getProperty("pinpipe.startupMarker", "");
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                var now = System.currentTimeMillis();
                var jvmStart = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
                System.out.println("pinpipe-first-window epochMs=" + now + " sinceJvmStartMs=" + (now - jvmStart));
                System.out.flush();
                if (mode.equals("exit")) {
                    Platform.exit();
                }
            }
        });
        stage.setTitle("Hello");
        stage.setScene(scene);
        stage.show();
    }
}
