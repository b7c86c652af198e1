package id.pantauspbe.rakor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Column widths of a PDF table that break lines between words, never inside one ("Pengembanga n"):
 * each column gets at least its longest word, the rest of the page is shared as the table's
 * relative widths say.
 */
final class PdfColumnWidths {

    private PdfColumnWidths() {}

    /**
     * @param wordWidth width in points of a word in the font of a cell (row -1: the header)
     * @param padding a cell's left plus right padding and border, in points
     */
    static float[] of(
            ReportTable table, float pageWidth, float padding, BiFunction<String, ReportTable.Cell, Float> wordWidth) {
        int n = table.columns().size();
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            min[i] = longestWord(table.columns().get(i).header(), null, wordWidth) + padding;
            for (List<ReportTable.Cell> row : table.rows()) {
                ReportTable.Cell cell = row.get(i);
                min[i] = Math.max(min[i], longestWord(cell.text(), cell, wordWidth) + padding);
            }
        }
        float[] share = table.widths();
        float sum = 0;
        for (float w : share) {
            sum += w;
        }
        float[] widths = new float[n];
        float total = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = Math.max(share[i] / sum * pageWidth, min[i]);
            total += widths[i];
        }
        float excess = total - pageWidth;
        if (excess <= 0) {
            return widths;
        }
        // take the excess from the columns wider than their longest word, in proportion to their slack
        float slack = 0;
        for (int i = 0; i < n; i++) {
            slack += widths[i] - min[i];
        }
        if (slack < excess) {
            return min; // the words alone are wider than the page: keep them whole, scaled down by the table
        }
        for (int i = 0; i < n; i++) {
            widths[i] -= (widths[i] - min[i]) / slack * excess;
        }
        return widths;
    }

    private static float longestWord(
            String text, ReportTable.Cell cell, BiFunction<String, ReportTable.Cell, Float> wordWidth) {
        float longest = 0;
        if (text == null) {
            return 0;
        }
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                longest = Math.max(longest, wordWidth.apply(word, cell));
            }
        }
        return longest;
    }
}
