package id.pantauspbe.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the kept results current at start, after the frameworks are loaded and before the demo
 * data: computes them all again when none are kept while values exist, when the frameworks (or the
 * way results are computed) changed since they were computed, or when asked with
 * {@code --pantau.hitung-ulang=true}.
 */
@Component
@Order(5)
class ResultStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ResultStartup.class);

    private final ResultStore store;
    private final TransactionTemplate transactions;
    private final boolean recompute;

    ResultStartup(
            ResultStore store,
            TransactionTemplate transactions,
            @Value("${pantau.hitung-ulang:false}") boolean recompute) {
        this.store = store;
        this.transactions = transactions;
        this.recompute = recompute;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            if (recompute || store.outdated()) {
                log.info(
                        recompute
                                ? "Computing every kept result again (pantau.hitung-ulang)"
                                : "Kept results missing or computed with other frameworks: computing them again");
                store.rebuild();
            } else if (store.fingerprintMissing()) {
                store.markCurrent();
            }
        });
    }
}
