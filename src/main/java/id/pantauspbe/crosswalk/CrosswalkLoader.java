package id.pantauspbe.crosswalk;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.framework.FrameworkService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped crosswalk files at start-up, right after the frameworks, like them only once:
 * a crosswalk already loaded is never overwritten, so an ADMIN's edits survive a restart. A bad
 * shipped file stops the start with a message naming file, row and column.
 */
@Component
@Order(1)
class CrosswalkLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CrosswalkLoader.class);

    private final CrosswalkRepository repository;
    private final FrameworkService frameworks;
    private final Clock clock;

    CrosswalkLoader(CrosswalkRepository repository, FrameworkService frameworks, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String file : CrosswalkFiles.FILES) {
            load(file, CrosswalkFiles.read(file));
        }
    }

    /** Loads one file's rows unless their crosswalk is loaded already; returns the pairs stored. */
    @Transactional
    int load(String file, List<Map<String, String>> rows) {
        Map<String, Framework> known =
                frameworks.all().stream().collect(Collectors.toMap(Framework::code, Function.identity()));
        List<CrosswalkProblem> problems = CrosswalkFiles.validate(file, rows, known);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Crosswalk file cannot be loaded: "
                    + problems.stream().map(CrosswalkProblem::text).collect(Collectors.joining("; ")));
        }
        String from = rows.getFirst().get("from_framework");
        String to = rows.getFirst().get("to_framework");
        if (repository.loaded(from, to)) {
            return 0;
        }
        repository.markLoaded(from, to, OffsetDateTime.now(clock));
        List<CrosswalkPair> pairs = CrosswalkFiles.pairs(rows);
        pairs.forEach(repository::insert);
        log.info("Loaded crosswalk {} → {} ({} pairs)", from, to, pairs.size());
        return pairs.size();
    }
}
