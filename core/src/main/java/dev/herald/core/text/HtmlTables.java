package dev.herald.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Tables as HTML wants them, whatever was pasted: one caption first, one head, the bodies, one
 * foot last (a second head or foot is one more body; a second caption a paragraph after the
 * table), no cell spanning rows past the end of its group, and no column that only spanning cells
 * reach (a heading over three columns of a table whose rows have two spans two). Every cell stays.
 * The work grows with the cells and their column spans, whatever their row spans.
 */
final class HtmlTables {

    /** Past this many columns a table is no one's: its spans are left as they are. */
    private static final int MAX_COLUMNS = 16_384;

    private HtmlTables() {
    }

    /** Mends the table; returns the nodes that go after it (captions past the first, as paragraphs). */
    static List<Node> mend(Element table) {
        List<Node> after = inOrder(table);
        spans(table);
        return after;
    }

    private static List<Node> inOrder(Element table) {
        Element caption = null;
        Element head = null;
        Element foot = null;
        List<Element> bodies = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        for (Element part : table.children()) {
            switch (part.normalName()) {
                case "caption" -> {
                    if (caption == null) {
                        caption = part;
                    } else {
                        after.add(part.tagName("p"));
                    }
                }
                case "thead" -> {
                    if (head == null) {
                        head = part;
                    } else {
                        bodies.add(part.tagName("tbody"));
                    }
                }
                case "tfoot" -> {
                    if (foot == null) {
                        foot = part;
                    } else {
                        bodies.add(part.tagName("tbody"));
                    }
                }
                default -> bodies.add(part);
            }
        }
        List<Node> ordered = new ArrayList<>();
        if (caption != null) {
            ordered.add(caption);
        }
        if (head != null) {
            ordered.add(head);
        }
        ordered.addAll(bodies);
        if (foot != null) {
            ordered.add(foot);
        }
        if (!ordered.equals(table.children()) || !after.isEmpty() || table.childNodeSize() != table.childrenSize()) {
            table.empty(); // detached at once, each move then costs no search of the table's children
            table.appendChildren(ordered);
        }
        return after;
    }

    // the cells of every row, each given the column it begins in, in one pass per row group
    private static void spans(Element table) {
        List<Element> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        BitSet columnsBegun = new BitSet();
        int width = 0;
        for (Element group : table.children()) {
            List<Element> rows = group.nameIs("caption") ? List.of() : group.nameIs("tr") ? List.of(group) : group.children();
            int[] busyUntilRow = new int[16]; // per column, the first row a cell spanning from above leaves free
            for (int row = 0; row < rows.size(); row++) {
                int column = 0;
                for (Element cell : rows.get(row).children()) {
                    while (column < busyUntilRow.length && busyUntilRow[column] > row) {
                        column++;
                    }
                    int rowSpan = clampedRowSpan(cell, rows.size() - row);
                    int columnSpan = span(cell, "colspan");
                    if (column + columnSpan > MAX_COLUMNS) {
                        return;
                    }
                    if (column + columnSpan > busyUntilRow.length) {
                        busyUntilRow = Arrays.copyOf(busyUntilRow, Math.max(2 * busyUntilRow.length, column + columnSpan));
                    }
                    Arrays.fill(busyUntilRow, column, column + columnSpan, row + rowSpan);
                    cells.add(cell);
                    starts.add(column);
                    columnsBegun.set(column);
                    column += columnSpan;
                    width = Math.max(width, column);
                }
            }
        }
        if (columnsBegun.cardinality() == width) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            int start = starts.get(i);
            int begun = columnsBegun.get(start, start + span(cell, "colspan")).cardinality();
            setSpan(cell, "colspan", begun);
        }
    }

    // a row span past the group's last row ends there (0, "to the end", says so)
    private static int clampedRowSpan(Element cell, int rowsLeft) {
        int rowSpan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
        int clamped = rowSpan == 0 ? rowsLeft : Math.min(rowSpan, rowsLeft);
        if (clamped != rowSpan && rowSpan != 0) {
            setSpan(cell, "rowspan", clamped);
        }
        return clamped;
    }

    // the attribute's values were checked before ({@link HtmlAttributeValues}): a number or none
    private static int span(Element cell, String attribute) {
        return cell.hasAttr(attribute) ? Math.max(1, Integer.parseInt(cell.attr(attribute))) : 1;
    }

    private static void setSpan(Element cell, String attribute, int span) {
        if (span <= 1) {
            cell.removeAttr(attribute);
        } else {
            cell.attr(attribute, String.valueOf(span));
        }
    }
}
