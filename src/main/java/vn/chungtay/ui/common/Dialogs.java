package vn.chungtay.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.Windows;

/**
 * The program's message boxes, with button texts from our bundles: JavaFX has no Vietnamese texts for its own
 * buttons (STACK.md).
 */
public final class Dialogs {

    /** What a person chose when leaving a form with unsaved edits. */
    public enum UnsavedChoice { SAVE, DISCARD, STAY }

    private Dialogs() {
    }

    public static void error(Window owner, Messages messages, String text) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, messages.get("dialog.error.title"), text);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.button.close"), ButtonData.OK_DONE));
        alert.showAndWait();
    }

    public static void info(Window owner, Messages messages, String text) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, messages.get("app.title"), text);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.button.close"), ButtonData.OK_DONE));
        alert.showAndWait();
    }

    /** Asks a yes/no question; true when the person confirmed with the action's own verb. */
    public static boolean confirm(Window owner, Messages messages, String text, String confirmLabel) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, messages.get("dialog.confirm.title"), text);
        ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        // The safe answer is the default, so a hurried Enter does not destroy anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /** Asks what to do with unsaved edits: save them, throw them away, or stay in the form. */
    public static UnsavedChoice unsavedChanges(Window owner, Messages messages, boolean canSave) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, messages.get("dialog.unsaved.title"),
                messages.get(canSave ? "dialog.unsaved.text" : "dialog.unsaved.text-invalid"));
        ButtonType save = new ButtonType(messages.get("dialog.unsaved.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.unsaved.discard"), ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("dialog.unsaved.stay"), ButtonData.CANCEL_CLOSE);
        if (canSave) {
            alert.getButtonTypes().setAll(save, discard, stay);
        } else {
            alert.getButtonTypes().setAll(discard, stay);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == stay) {
            return UnsavedChoice.STAY;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(420);
        Windows.addStylesheet(alert.getDialogPane().getScene());
        return alert;
    }
}
