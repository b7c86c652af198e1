package id.pantauspbe.evaluation;

import id.pantauspbe.base.Translated;

/** Where a figure comes from; shown beside every figure so nobody mistakes one for another. */
@Translated({"provenance.banner.", "provenance.short."})
public enum Provenance {
    /** The official final result (KepmenPANRB), or a total published by KemenPAN-RB. */
    RESMI,
    /** A result of the assessors' document, interview or visit stage. */
    ASESOR,
    /** The Pemda's complete self-assessment. */
    MANDIRI,
    /** A self-assessment still being filled in. */
    DRAF;

    public static Provenance of(Stage stage, boolean complete) {
        return switch (stage) {
            case FINAL -> RESMI;
            case DOKUMEN, INTERVIU, VISITASI -> ASESOR;
            case MANDIRI -> complete ? MANDIRI : DRAF;
        };
    }
}
