package id.pantauspbe.opd;

import java.util.List;

/** Who answers for an indicator in a year: one lead OPD and any supporting OPDs. */
public record Ownership(String indicatorCode, Long leadOpdId, List<Long> supportOpdIds) {

    public Ownership {
        supportOpdIds = List.copyOf(supportOpdIds);
    }
}
