package id.pantauspbe.evaluation;

import java.math.BigDecimal;

/**
 * One indicator value as an editor wants to save it.
 *
 * @param expectedVersion the version the editor read; null when the editor saw no value yet
 * @param correctionReason why a final value is corrected (required to change a final value)
 */
public record ValueEdit(
        String instansiCode,
        int year,
        Stage stage,
        String indicatorCode,
        BigDecimal value,
        String justification,
        Integer expectedVersion,
        String correctionReason) {}
