package vn.chungtay.ui.sync;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.sync.ImportViewModel.NewSender;

/**
 * The question before the first package of a sender is imported: who it says it is, and its key fingerprint in large
 * fixed-width digits to read out on the phone and compare with what the sender's own export tab shows. Refusing is
 * the default, so a hurried Enter trusts nobody.
 */
final class TrustDialog {

    private TrustDialog() {
    }

    /** True when the person confirmed that the fingerprint is the sender's. */
    static boolean ask(Window owner, Messages messages, NewSender sender) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("sync.ui.trust.title"));
        alert.setHeaderText(messages.get("sync.ui.trust.header", sender.name()));
        Label explain = new Label(messages.get("sync.ui.trust.text"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        TextField fingerprint = new TextField(sender.fingerprint());
        fingerprint.setId("sync-trust-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("sync-fingerprint");
        fingerprint.setPrefColumnCount(sender.fingerprint().length());
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(8);
        facts.addRow(0, label(messages, "sync.ui.trust.sender"), value(sender.name()));
        facts.addRow(1, label(messages, "sync.ui.trust.unit"), value(sender.unit()));
        facts.addRow(2, label(messages, "sync.ui.trust.fingerprint"), fingerprint);
        String files = sender.files().size() <= 3 ? String.join(", ", sender.files())
                : messages.get("sync.ui.trust.files.more", String.join(", ", sender.files().subList(0, 3)),
                sender.files().size() - 3);
        facts.addRow(3, label(messages, "sync.ui.trust.files"), value(files));
        GridPane.setHgrow(fingerprint, Priority.ALWAYS);

        VBox content = new VBox(14, explain, facts);
        content.setPrefWidth(600);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("sync-trust-dialog");
        ButtonType trust = new ButtonType(messages.get("sync.ui.trust.yes"), ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType(messages.get("sync.ui.trust.no"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(trust, refuse);
        Button trustButton = (Button) alert.getDialogPane().lookupButton(trust);
        trustButton.setId("sync-trust-yes");
        trustButton.setDefaultButton(false);
        Button refuseButton = (Button) alert.getDialogPane().lookupButton(refuse);
        refuseButton.setId("sync-trust-no");
        refuseButton.setDefaultButton(true);
        Windows.addStylesheet(alert.getDialogPane().getScene());
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == trust;
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
