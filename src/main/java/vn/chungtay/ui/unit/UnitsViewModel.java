package vn.chungtay.ui.unit;

import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.ui.task.TaskRunner;

/** State of the administrative units screen (being written). */
public final class UnitsViewModel {

    final UnitService units;
    final TaskRunner tasks;
    final Messages messages;
    final Actor actor;

    public UnitsViewModel(UnitService units, TaskRunner tasks, Messages messages, Actor actor) {
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
    }
}
