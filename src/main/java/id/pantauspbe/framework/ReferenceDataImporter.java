package id.pantauspbe.framework;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.PredikatBand;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the official frameworks shipped in {@code reference/spbe/} when the database does not
 * hold them yet. Existing frameworks are never overwritten, so edits made in the database survive
 * a restart. A framework without a last year is assigned ten years ahead.
 */
@Component
class ReferenceDataImporter {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);
    private static final int OPEN_ENDED_YEARS = 10;

    private final FrameworkRepository repository;

    ReferenceDataImporter(FrameworkRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void importMissing() {
        Map<String, LevelScale> scales = FrameworkFiles.levelScales();
        scales.values().stream()
                .filter(s -> !repository.levelScaleExists(s.code()))
                .forEach(repository::insertLevelScale);
        for (FrameworkFiles.Listing listing : FrameworkFiles.listings()) {
            if (!repository.frameworkExists(listing.code())) {
                store(listing, FrameworkFiles.framework(listing, scales));
                log.info("Imported framework {}", listing.code());
            }
            int last = listing.lastYear() == null ? listing.firstYear() + OPEN_ENDED_YEARS : listing.lastYear();
            for (int year = listing.firstYear(); year <= last; year++) {
                repository.insertYearIfAbsent(year, listing.code());
            }
        }
    }

    private void store(FrameworkFiles.Listing listing, Framework framework) {
        store(listing.title(), listing.regulation(), framework);
    }

    /** Stores a framework tree with its bands; the code must be new. */
    void store(String title, String regulation, Framework framework) {
        repository.insertFramework(framework.code(), title, regulation, framework.hasDomains());
        AtomicInteger ordinal = new AtomicInteger();
        for (Node root : framework.roots()) {
            storeNode(framework.code(), null, root, ordinal);
        }
        for (PredikatBand band : framework.bands()) {
            repository.insertBand(framework.code(), band);
        }
    }

    private void storeNode(String frameworkCode, Long parentId, Node node, AtomicInteger ordinal) {
        long id = repository.insertNode(
                frameworkCode,
                parentId,
                node.kind(),
                node.code(),
                node.name(),
                node.weight(),
                ordinal.getAndIncrement(),
                node.scale() == null ? null : node.scale().code());
        for (Node child : node.children()) {
            storeNode(frameworkCode, id, child, ordinal);
        }
    }
}
