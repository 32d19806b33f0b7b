package vn.chungtay.app.report;

import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.store.report.StateGroup;

/** The figures of one unit (or ethnic group) in a year: all its households, its poor and its near-poor. */
record UnitFigures(ClassFigures all, ClassFigures poor, ClassFigures nearPoor) {

    static UnitFigures zero(int indicators) {
        return new UnitFigures(ClassFigures.zero(indicators), ClassFigures.zero(indicators),
                ClassFigures.zero(indicators));
    }

    UnitFigures plus(StateGroup g) {
        return new UnitFigures(all.plus(g), g.povertyClass() == PovertyClass.POOR ? poor.plus(g) : poor,
                g.povertyClass() == PovertyClass.NEAR_POOR ? nearPoor.plus(g) : nearPoor);
    }

    UnitFigures plus(UnitFigures o) {
        return new UnitFigures(all.plus(o.all), poor.plus(o.poor), nearPoor.plus(o.nearPoor));
    }

    /** Households neither poor nor near-poor. */
    long others() {
        return all.households() - poor.households() - nearPoor.households();
    }

    /** The poverty rate in percent; {@code null} without households. */
    Double poorRate() {
        return Rates.percent(poor.households(), all.households());
    }

    Double nearPoorRate() {
        return Rates.percent(nearPoor.households(), all.households());
    }

    /** The poverty rate among DTTS households. */
    Double dttsPoorRate() {
        return Rates.percent(poor.dtts(), all.dtts());
    }
}
