package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.store.report.StateGroup;

/**
 * Figures of a set of households (all of a unit, its poor, its near-poor …): households and persons, of which DTTS,
 * without working capacity, with meritorious service and female-headed; how many lack each indicator; and income
 * summed over persons where reviews recorded an income.
 */
record ClassFigures(long households, long persons, long dtts, long dttsPersons, long noWorkCapacity,
                    long meritorious, long femaleHead, List<Long> lacking, long incomeTimesPersons,
                    long personsWithIncome) {

    static ClassFigures zero(int indicators) {
        return new ClassFigures(0, 0, 0, 0, 0, 0, 0, zeros(indicators), 0, 0);
    }

    ClassFigures plus(StateGroup g) {
        return new ClassFigures(households + g.households(), persons + g.persons(),
                dtts + (g.ethnicMinority() ? g.households() : 0), dttsPersons + (g.ethnicMinority() ? g.persons() : 0),
                noWorkCapacity + g.noWorkCapacity(), meritorious + g.meritorious(), femaleHead + g.femaleHead(),
                add(lacking, g.lacking()), incomeTimesPersons + g.incomeTimesPersons(),
                personsWithIncome + g.personsWithIncome());
    }

    ClassFigures plus(ClassFigures o) {
        return new ClassFigures(households + o.households, persons + o.persons, dtts + o.dtts,
                dttsPersons + o.dttsPersons, noWorkCapacity + o.noWorkCapacity, meritorious + o.meritorious,
                femaleHead + o.femaleHead, add(lacking, o.lacking), incomeTimesPersons + o.incomeTimesPersons,
                personsWithIncome + o.personsWithIncome);
    }

    long kinh() {
        return households - dtts;
    }

    long kinhPersons() {
        return persons - dttsPersons;
    }

    /** The average income per person per month, in whole VND; {@code null} when no review gave an income. */
    Long averageIncome() {
        return personsWithIncome == 0 ? null : Math.round((double) incomeTimesPersons / personsWithIncome);
    }

    private static List<Long> zeros(int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(0L);
        }
        return out;
    }

    private static List<Long> add(List<Long> a, List<Long> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) + b.get(i));
        }
        return out;
    }
}
