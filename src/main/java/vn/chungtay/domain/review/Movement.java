package vn.chungtay.domain.review;

/** The movement tables of one unit between two rounds: poor and near-poor, households and persons. */
public record Movement(MovementCounts poorHouseholds, MovementCounts poorPersons, MovementCounts nearPoorHouseholds,
                       MovementCounts nearPoorPersons) {

    public static final Movement ZERO = new Movement(MovementCounts.ZERO, MovementCounts.ZERO, MovementCounts.ZERO,
            MovementCounts.ZERO);

    public boolean balances() {
        return poorHouseholds.balances() && poorPersons.balances() && nearPoorHouseholds.balances()
                && nearPoorPersons.balances();
    }

    public Movement plus(Movement o) {
        return new Movement(poorHouseholds.plus(o.poorHouseholds), poorPersons.plus(o.poorPersons),
                nearPoorHouseholds.plus(o.nearPoorHouseholds), nearPoorPersons.plus(o.nearPoorPersons));
    }
}
