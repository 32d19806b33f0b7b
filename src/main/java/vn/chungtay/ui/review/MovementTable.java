package vn.chungtay.ui.review;

import java.text.NumberFormat;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.MovementCounts;

/**
 * One movement table as the official report lays it out (Circular 07/2021/TT-BLĐTBXH): start of period, the three
 * outflows, the four inflows, end of period, with a line for households and one for persons, and whether each line
 * balances. The poor and the near-poor tables share the counts' fields but name the flows from their own side.
 */
final class MovementTable {

    /** Headers of the flows for the poor table, in the order of {@link MovementCounts}'s fields. */
    static final String[] POOR_FLOWS = {"round.movement.poor.to-other", "round.movement.poor.escaped-above",
        "round.movement.poor.other-decrease", "round.movement.poor.from-other", "round.movement.poor.returned",
        "round.movement.poor.newly", "round.movement.poor.other-increase"};
    /** The same columns seen from the near-poor. */
    static final String[] NEAR_POOR_FLOWS = {"round.movement.near-poor.to-other",
        "round.movement.near-poor.escaped-above", "round.movement.near-poor.other-decrease",
        "round.movement.near-poor.from-other", "round.movement.near-poor.returned", "round.movement.near-poor.newly",
        "round.movement.near-poor.other-increase"};

    private static final double NUMBER_WIDTH = 92;
    private static final double CHECK_WIDTH = 78;

    private final Messages messages;
    private final NumberFormat numbers;

    MovementTable(Messages messages) {
        this.messages = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.locale());
    }

    /** The table under its title; {@code flows} names the seven flow columns. */
    Node build(String id, String title, String[] flows, MovementCounts households, MovementCounts persons) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("movement-table");
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(first);
        for (int c = 0; c < 9; c++) {
            ColumnConstraints column = new ColumnConstraints(NUMBER_WIDTH, NUMBER_WIDTH, Double.MAX_VALUE);
            column.setHgrow(Priority.SOMETIMES);
            column.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(column);
        }
        // The check column holds one sign: the numbers get the room.
        grid.getColumnConstraints().add(new ColumnConstraints(CHECK_WIDTH));
        grid.add(header(""), 0, 0);
        grid.add(header(messages.get("round.movement.start")), 1, 0);
        for (int i = 0; i < flows.length; i++) {
            grid.add(header(messages.get(flows[i]) + "\n" + (i < 3 ? "(−)" : "(+)")), 2 + i, 0);
        }
        grid.add(header(messages.get("round.movement.end")), 9, 0);
        grid.add(header(messages.get("round.movement.check")), 10, 0);
        line(grid, 1, messages.get("round.movement.households"), households);
        line(grid, 2, messages.get("round.movement.persons"), persons);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        return new VBox(6, heading, grid);
    }

    private void line(GridPane grid, int row, String label, MovementCounts c) {
        grid.add(cell(label, "movement-row-label"), 0, row);
        long[] values = {c.start(), c.toOtherClass(), c.escapedAbove(), c.otherDecrease(), c.fromOtherClass(),
            c.returned(), c.newly(), c.otherIncrease(), c.end()};
        for (int i = 0; i < values.length; i++) {
            grid.add(cell(numbers.format(values[i]), i == 0 || i == values.length - 1 ? "movement-total" : null),
                    1 + i, row);
        }
        Label check = cell(c.balances() ? "✓" : "✗", c.balances() ? "movement-ok" : "movement-bad");
        check.setId(grid.getId() + "-check-" + row);
        grid.add(check, 10, row);
    }

    private static Label header(String text) {
        Label label = cell(text, "movement-header");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add("movement-cell");
        if (style != null) {
            label.getStyleClass().add(style);
        }
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }
}
