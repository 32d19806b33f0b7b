package vn.chungtay.app.bench;

import java.util.List;

/**
 * One figure of DESIGN.md's budget table: it measures ChungTay and its raw baseline on the benchmark's province and
 * returns its rows. Adding a figure is one small class and one entry in the list given to {@link BenchService}.
 */
public interface BenchFigure {

    /** The key of the figure's first row, used to report a failure of the whole figure. */
    String key();

    /** The budget its main row is held to (DESIGN.md), used for the failure row too. */
    Budget budget();

    List<BenchRow> measure(BenchContext context) throws Exception;
}
