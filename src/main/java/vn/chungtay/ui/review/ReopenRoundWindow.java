package vn.chungtay.ui.review;

import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.unit.FormWindow;

/** The dialog that reopens a closed round: the reason, which the round's log keeps. */
final class ReopenRoundWindow {

    private final ReopenRoundViewModel model;
    private final Messages messages;

    ReopenRoundWindow(ReopenRoundViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        FormWindow window = new FormWindow(owner, messages, messages.get("round.reopen.title"), model.errors(),
                model.generalErrorProperty(), model.savingProperty());
        TextField reason = window.text(messages.get("round.reopen.reason"), "round-reopen-reason", "reason",
                model.reasonProperty(), messages.get("round.reopen.reason.prompt"));
        window.note(messages.get("round.reopen.hint"));
        window.saveLabel(messages.get("round.reopen.save"));
        window.show(() -> model.save(window::close), reason);
    }
}
