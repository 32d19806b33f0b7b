package vn.chungtay.store.report;

/**
 * How report aggregates are grouped below the commune, which is always a key: also by village, and also by area
 * (urban or rural). A household "in the group" is one whose review places it there, so moving between villages or
 * areas is a decrease in one group and an increase in the other, as in the movement tables.
 */
public record Grouping(boolean village, boolean area) {

    public static final Grouping COMMUNE = new Grouping(false, false);
    public static final Grouping VILLAGE = new Grouping(true, false);
    public static final Grouping COMMUNE_AREA = new Grouping(false, true);
    public static final Grouping VILLAGE_AREA = new Grouping(true, true);
}
