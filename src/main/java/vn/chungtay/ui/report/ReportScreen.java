package vn.chungtay.ui.report;

import javafx.scene.Node;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.ui.task.TaskRunner;

/** The "Báo cáo" entry of the main window: the reports of the person's unit and the units under it. */
public final class ReportScreen {

    private final ReportsView view;

    public ReportScreen(AppServices services, Messages messages, TaskRunner tasks, Actor actor) {
        ReportsViewModel model = new ReportsViewModel(services.reports(), tasks, messages, actor);
        view = new ReportsView(model, messages, tasks);
        model.load();
    }

    public Node root() {
        return view.root();
    }
}
