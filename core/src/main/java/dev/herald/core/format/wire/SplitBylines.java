package dev.herald.core.format.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A byline set on three lines, as the Washington Post's pages copy it: "By Jo Park" over "and" over
 * "Ana Lima". Made one line, "By Jo Park and Ana Lima", before the head under the headline is read.
 */
final class SplitBylines {

    private SplitBylines() {
    }

    /** The lines with each byline set on three made one. */
    static List<NumberedLine> joined(List<NumberedLine> lines) {
        List<NumberedLine> joined = new ArrayList<>(lines.size());
        for (int at = 0; at < lines.size(); at++) {
            NumberedLine line = lines.get(at);
            if (at + 2 < lines.size() && Bylines.isSeparator(lines.get(at + 1).text())
                    && !Bylines.of(line.text()).isEmpty() && !Bylines.namesAlone(lines.get(at + 2).text()).isEmpty()) {
                line = new NumberedLine(line.text() + " " + lines.get(at + 1).text() + " " + lines.get(at + 2).text(),
                        line.number(), line.indent());
                at += 2;
            }
            joined.add(line);
        }
        return joined;
    }
}
