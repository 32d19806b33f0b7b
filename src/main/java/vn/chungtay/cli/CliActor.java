package vn.chungtay.cli;

import java.util.List;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.unit.AdminUnit;

/**
 * Who acts when a command changes or exports data: the person who last worked in this database, or, in a database
 * nobody has signed in to yet, the command line itself for the province above the commune concerned.
 */
final class CliActor {

    private CliActor() {
    }

    static Actor forCommune(AppServices services, String communeCode) {
        return services.identity().lastUser().map(services.identity()::actorFor).orElseGet(() -> {
            List<AdminUnit> path = services.units().tree().path(communeCode);
            String top = path.isEmpty() ? communeCode : path.get(0).code();
            return services.identity().systemActor("chungtay", top);
        });
    }

    /** The actor for work on the whole database (imports). */
    static Actor any(AppServices services) {
        return services.identity().lastUser().map(services.identity()::actorFor)
                .orElseGet(() -> services.identity().systemActor("chungtay", "00"));
    }
}
