package dev.coms.client.ui.scheduler;

import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.protocol.rest.Invitation.Channel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The invitation dialog: edit the prepared message, then send by email/SMS, hand to an app, or copy. */
final class SendLinkDialog extends Dialog<Void> {

    SendLinkDialog(SendLinkViewModel vm, Node owner) {
        initOwner(owner.getScene().getWindow());
        setTitle("Send Link");
        setHeaderText("Invite people to \u201c" + vm.title() + "\u201d");

        ToggleGroup channel = new ToggleGroup();
        RadioButton email = new RadioButton("Email");
        RadioButton sms = new RadioButton("SMS");
        email.setToggleGroup(channel);
        sms.setToggleGroup(channel);
        email.setSelected(true);
        sms.visibleProperty().bind(vm.serverSmsProperty());
        channel.selectedToggleProperty()
                .addListener((o, a, b) -> vm.channelProperty().set(b == sms ? Channel.SMS : Channel.EMAIL));
        TextField to = Forms.field("Recipient", "ada@example.org or +4915123456789");
        to.setId("invite-to");
        to.textProperty().bindBidirectional(vm.recipientProperty());
        TextField subject = Forms.field("Subject", "Subject");
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        subject.disableProperty().bind(sms.selectedProperty());
        TextArea text = new TextArea();
        text.setId("invite-text");
        text.setPrefRowCount(9);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(vm.textProperty());

        Button send = Forms.accent("Send", vm::send);
        send.setGraphic(Icons.icon(Feather.SEND));
        Icons.decorate(send, "Have Coms send it");
        send.disableProperty().bind(vm.busyProperty());
        send.visibleProperty().bind(vm.serverSendsProperty());
        send.managedProperty().bind(send.visibleProperty());
        Button ownApp = Forms.plain("Open in my mail app", vm::openInOwnApp);
        ownApp.setId("open-in-mail-app");
        ownApp.visibleProperty().bind(email.selectedProperty());
        ownApp.managedProperty().bind(ownApp.visibleProperty());
        ownApp.setGraphic(Icons.icon(Feather.EXTERNAL_LINK));
        Icons.decorate(ownApp, "Hand it to your mail or messaging program");
        Button copy = Forms.plain("Copy text", vm::copyText);
        copy.setGraphic(Icons.icon(Feather.COPY));
        Icons.decorate(copy, "Copy the invitation text");
        Label message = new Label();
        message.setMinHeight(36);
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        Label noMail = Forms.muted("This server does not send email: Open in my mail app starts a message with "
                + "the invitation in your own mail program.");
        noMail.setId("no-server-email");
        noMail.visibleProperty()
                .bind(email.selectedProperty().and(vm.serverEmailProperty().not()));
        noMail.managedProperty().bind(noMail.visibleProperty());
        VBox content = new VBox(
                12,
                new HBox(16, email, sms),
                noMail,
                Forms.labelled("To", to),
                Forms.labelled("Subject", subject),
                Forms.labelled("Message", text),
                new HBox(8, send, ownApp, copy),
                message);
        content.setPrefWidth(600);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }
}
