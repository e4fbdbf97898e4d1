package dev.coms.client.app;

import dev.coms.client.signaling.MeetingsApi;
import java.net.URI;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The Coms desktop application window. */
public final class ComsApp extends Application {

    private MeetingsApi api;

    @Override
    public void start(Stage stage) {
        URI server = serverFrom(getParameters().getRaw());
        api = new MeetingsApi(server);
        Label status = new Label("Connecting to " + server + " …");
        VBox root = new VBox(12, new Label("Coms"), status);
        root.setPadding(new Insets(24));
        stage.setTitle("Coms");
        stage.setScene(new Scene(root, 960, 640));
        stage.show();
        Label invite = new Label();
        root.getChildren().add(invite);
        InviteInbox.shared().attach(link -> {
            invite.setText("Invitation to meeting " + link.meetingId() + " on " + link.server());
            stage.setIconified(false);
            stage.toFront();
        }, Platform::runLater);
        Thread.ofVirtual().name("server-check").start(() -> {
            String text;
            try {
                text = "Connected to " + server + " (server time " + api.serverTime().serverTime() + ")";
            } catch (Exception e) {
                text = "Cannot reach the Coms server at " + server + ". Check the address and your connection.";
            }
            String message = text;
            Platform.runLater(() -> status.setText(message));
        });
    }

    static URI serverFrom(List<String> args) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--server")) {
                return URI.create(args.get(i + 1));
            }
        }
        String env = System.getenv("COMS_SERVER");
        return URI.create(env != null && !env.isBlank() ? env : "http://localhost:8080");
    }
}
