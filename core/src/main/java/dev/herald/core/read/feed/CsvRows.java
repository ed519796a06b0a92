package dev.herald.core.read.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.ReadFailures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of an export written as CSV (Substack's posts.csv, beehiiv's posts), by the names of its header. */
final class CsvRows {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvRows() {
    }

    /**
     * The rows, each a map of column to value; those after one that cannot be read are said lost.
     *
     * @param inside the file's name within the export and ": ", to begin a problem ("posts.csv: "), or ""
     */
    static List<Map<String, String>> of(byte[] csv, String inside, Problems problems) {
        List<Map<String, String>> rows = new ArrayList<>();
        int rowLine = 2; // the first row's, under the header's
        try (MappingIterator<Map<String, String>> read = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (read.hasNextValue()) {
                rows.add(read.nextValue());
                // the parser stands at the start of the next row
                rowLine = read.getCurrentLocation() == null ? 0 : read.getCurrentLocation().getLineNr();
            }
        } catch (JsonProcessingException e) {
            // where the row that cannot be read starts, not where the parser gave up (a quote left open: the end)
            String line = rowLine < 1 ? "" : "line " + rowLine + ": ";
            problems.error(0, null, inside + line + e.getOriginalMessage() + "; the posts from there on are not read");
        } catch (IOException | RuntimeException e) {
            problems.error(0, null, inside + ReadFailures.describe(e) + "; the posts from there on are not read");
        }
        return rows;
    }

    /** The row's value in the column, stripped; null when it is missing or blank. */
    static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
