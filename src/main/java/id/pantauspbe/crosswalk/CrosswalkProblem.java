package id.pantauspbe.crosswalk;

import id.pantauspbe.base.Messages;
import java.util.List;

/**
 * A problem of a crosswalk file: the file, the row (1 = header, 2 = first data row), the column and
 * the message key with its parameters (bundles, {@code setara.file.*}).
 */
public record CrosswalkProblem(String file, int row, String column, String key, List<Object> params) {

    public CrosswalkProblem {
        params = List.copyOf(params);
    }

    static CrosswalkProblem of(String file, int row, String column, String key, Object... params) {
        return new CrosswalkProblem(file, row, column, key, List.of(params));
    }

    /** "crosswalk-….csv baris 5, kolom to_indicator: …" in Bahasa Indonesia. */
    public String text() {
        return Messages.indonesian("setara.file.where", file, row, column, Messages.indonesian(key, params.toArray()));
    }
}
