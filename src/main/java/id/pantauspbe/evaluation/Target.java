package id.pantauspbe.evaluation;

import id.pantauspbe.base.Translated;
import id.pantauspbe.base.UserMessageException;
import java.math.BigDecimal;

/** A target for a year: the index, or a domain or aspect (by code), with its source. */
public record Target(int year, Scope scope, String nodeCode, BigDecimal value, Source source, String note) {

    /**
     * A target as a coordinator types it, checked: the scope and, for a domain or aspect, its code;
     * a value from 0 to 5 with at most two decimals, written "3,2" or "3.20"; the source; a note.
     */
    public static Target of(int year, Scope scope, String nodeCode, String value, Source source, String note) {
        if (scope == null) {
            throw new UserMessageException("target.error.scope");
        }
        if (scope != Scope.INDEX && (nodeCode == null || nodeCode.isBlank())) {
            throw new UserMessageException("target.error.node");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UserMessageException("target.error.value", value == null ? "" : value.strip());
        }
        if (number.signum() < 0
                || number.compareTo(BigDecimal.valueOf(5)) > 0
                || number.stripTrailingZeros().scale() > 2) {
            throw new UserMessageException("target.error.value", value.strip());
        }
        if (source == null) {
            throw new UserMessageException("target.error.source");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        return new Target(year, scope, scope == Scope.INDEX ? "" : nodeCode, number.setScale(2), source, text);
    }

    @Translated({"target.scope."})
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
