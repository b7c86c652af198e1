package id.pantauspbe.exchange;

import id.pantauspbe.base.Messages;
import java.util.List;

/**
 * One thing wrong in an imported file and where: the file, the row as a spreadsheet numbers it
 * (null for the file as a whole), the column (null for the whole row), and the message key with
 * its parameters. {@link #message()} is the text in Bahasa Indonesia.
 */
public record ImportProblem(String file, Integer row, String column, String key, List<Object> params) {

    public ImportProblem {
        params = List.copyOf(params);
    }

    static ImportProblem of(String file, Integer row, String column, String key, Object... params) {
        return new ImportProblem(file, row, column, key, List.of(params));
    }

    public String message() {
        return Messages.indonesian(key, params.toArray());
    }
}
