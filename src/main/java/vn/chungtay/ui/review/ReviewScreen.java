package vn.chungtay.ui.review;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The "Rà soát" screen family: the list of rounds, and one round at work in its place when opened; going back shows
 * the list again, with fresh progress. Both are built here from the services, as the main window builds screens.
 */
public final class ReviewScreen {

    private final AppServices services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Actor actor;
    private final StackPane root = new StackPane();
    private RoundsView list;

    public ReviewScreen(AppServices services, Messages messages, TaskRunner tasks, Actor actor) {
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.actor = actor;
        showList();
    }

    public Node root() {
        return root;
    }

    private void showList() {
        if (list == null) {
            list = new RoundsView(new RoundsViewModel(services.rounds(), services.reviews(), services.standards(),
                    services.units(), tasks, messages, actor, services.households().today()), messages,
                    this::showRound);
        } else {
            list.reload();
        }
        root.getChildren().setAll(list.root());
    }

    private void showRound(ReviewRound round) {
        RoundViewModel model = new RoundViewModel(services.rounds(), services.reviews(), services.units(),
                services.standards(), tasks, messages, actor);
        RoundView view = new RoundView(model, messages, this::showList, () -> new ReviewFormViewModel(
                services.reviews(), services.settings(), tasks, messages, actor, services.households().today()));
        root.getChildren().setAll(view.root());
        model.load(round.id());
    }
}
