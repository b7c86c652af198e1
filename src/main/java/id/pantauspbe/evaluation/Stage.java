package id.pantauspbe.evaluation;

import id.pantauspbe.base.Translated;

/** Stages of the yearly evaluation, in order; each keeps its own values. */
@Translated({"stage."})
public enum Stage {
    MANDIRI,
    DOKUMEN,
    INTERVIU,
    VISITASI,
    FINAL;

    /** The stage code used in files and URLs ({@code mandiri}, {@code final}). */
    public String code() {
        return name().toLowerCase();
    }

    public static Stage ofCode(String code) {
        return valueOf(code.strip().toUpperCase());
    }
}
