package id.pantauspbe.exchange;

import java.util.List;

/**
 * What an import did, or why it did nothing. When {@link #problems()} is not empty nothing was
 * written. {@code rows} counts the data rows of the file; {@code inserted + updated + unchanged}
 * equals {@code rows} on success. {@link #notes()} tell what a stored file held that was not taken
 * over (a different name of a registered instansi).
 */
public record ImportResult(
        String file,
        ImportKind kind,
        int rows,
        int inserted,
        int updated,
        int unchanged,
        List<String> newInstansi,
        List<ImportProblem> problems,
        List<ImportProblem> notes) {

    public ImportResult {
        newInstansi = List.copyOf(newInstansi);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    static ImportResult invalid(String file, ImportKind kind, int rows, List<ImportProblem> problems) {
        return new ImportResult(file, kind, rows, 0, 0, 0, List.of(), problems, List.of());
    }
}
