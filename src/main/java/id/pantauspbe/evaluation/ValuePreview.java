package id.pantauspbe.evaluation;

import id.pantauspbe.engine.PredikatBand;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The effect of an edit on the stage's index before it is saved.
 *
 * @param before the displayed index now (null when the stage has no values yet)
 * @param after the displayed index with the edit
 * @param change {@code after - before} of the displayed figures (null without a before)
 */
public record ValuePreview(
        BigDecimal before,
        BigDecimal after,
        BigDecimal change,
        Optional<PredikatBand> predikat,
        int valuedIndicators,
        int totalIndicators) {}
