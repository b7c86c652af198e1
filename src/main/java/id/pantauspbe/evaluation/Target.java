package id.pantauspbe.evaluation;

import id.pantauspbe.base.Translated;
import java.math.BigDecimal;

/** A target for a year: the index, or a domain or aspect (by code), with its source. */
public record Target(int year, Scope scope, String nodeCode, BigDecimal value, Source source, String note) {

    public enum Scope {
        INDEX,
        DOMAIN,
        ASPECT
    }

    @Translated({"target.source."})
    public enum Source {
        RPJMD,
        RENSTRA,
        RAKOR
    }
}
