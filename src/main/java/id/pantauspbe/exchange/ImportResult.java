package id.pantauspbe.exchange;

import java.util.List;

/**
 * What an import did, or why it did nothing. When {@link #valid()} is false nothing was written:
 * {@link #problems()} lists the first problems (at most {@code pantau.import.max-errors}) and
 * {@link #problemCount()} counts them all. {@code rows} counts the data rows read; {@code inserted +
 * updated + unchanged} equals {@code rows} on success. {@link #notes()} tell what a stored file held
 * that was not taken over (a different name of a registered instansi).
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
        int problemCount,
        List<ImportProblem> notes) {

    public ImportResult {
        newInstansi = List.copyOf(newInstansi);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        problemCount = Math.max(problemCount, problems.size());
    }

    public boolean valid() {
        return problemCount == 0;
    }

    /** Whether more problems were found than {@link #problems()} lists. */
    public boolean truncated() {
        return problemCount > problems.size();
    }

    static ImportResult invalid(String file, ImportKind kind, int rows, List<ImportProblem> problems, int count) {
        return new ImportResult(file, kind, rows, 0, 0, 0, List.of(), problems, count, List.of());
    }
}
