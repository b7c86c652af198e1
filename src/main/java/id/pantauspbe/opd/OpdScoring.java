package id.pantauspbe.opd;

import id.pantauspbe.base.Translated;

/**
 * How the OPDs of an instansi are scored in a year: the framework applied to each OPD (an internal
 * questionnaire or an official framework), and how OPD indices add up to a Pemda estimate: {@code
 * MEAN}, the plain mean of the OPD indices, or {@code WEIGHTED}, weighted by the index weight of
 * the official indicators each OPD leads (an OPD leading heavy indicators counts more).
 */
public record OpdScoring(String frameworkCode, Aggregation aggregation) {

    @Translated({"opd.scoring.aggregation.", "opd.ranking.estimate."})
    public enum Aggregation {
        MEAN,
        WEIGHTED
    }
}
