package id.pantauspbe.evaluation;

import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.framework.FrameworkService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timeline notes of an instansi: on a year, or on a domain, aspect or indicator of it. */
@Service
@Transactional(readOnly = true)
public class NoteService {

    private final EvaluationRepository repository;
    private final FrameworkService frameworks;
    private final Clock clock;

    NoteService(EvaluationRepository repository, FrameworkService frameworks, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** The timeline notes of an instansi, oldest year first. */
    public List<TimelineNote> notes(String instansiCode) {
        return repository.notes(instansiCode).stream().map(this::named).toList();
    }

    private TimelineNote named(TimelineNote note) {
        if (note.onYear()) {
            return note;
        }
        String name = frameworks
                .forYear(note.year())
                .flatMap(f -> f.roots().stream()
                        .flatMap(n -> n.flatten())
                        .filter(n -> n.code().equals(note.nodeCode()))
                        .findFirst())
                .map(n -> n.name())
                .orElse(null);
        return new TimelineNote(
                note.id(), note.year(), note.nodeCode(), name, note.text(), note.author(), note.createdAt());
    }

    /**
     * Adds a note to a year, or to a domain, aspect or indicator code of that year's framework;
     * only a coordinator (ADMIN) may.
     *
     * @throws IllegalArgumentException for an empty or over-long text or a code the year's framework lacks
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineNote addNote(String instansiCode, int year, String nodeCode, String text, String author) {
        String code = nodeCode == null ? "" : nodeCode.strip().toUpperCase();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 1000) {
            throw new UserMessageException("notes.error.length");
        }
        if (!code.isEmpty()) {
            Framework framework = frameworks
                    .forYear(year)
                    .orElseThrow(() -> new IllegalArgumentException("no framework for year " + year));
            boolean known = framework.roots().stream()
                    .flatMap(n -> n.flatten())
                    .anyMatch(n -> n.code().equals(code));
            if (!known) {
                throw new UserMessageException("notes.error.unknownCode", code, year);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertNote(instansiCode, year, code, body, author, now);
        return named(new TimelineNote(id, year, code, null, body, author, now));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteNote(String instansiCode, long id) {
        repository.deleteNote(instansiCode, id);
    }
}
