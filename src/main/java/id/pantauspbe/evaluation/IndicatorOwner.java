package id.pantauspbe.evaluation;

import java.util.List;

/**
 * Who answers for an indicator in a year: the lead OPD (null when none is set) and the supporting
 * OPDs.
 */
public record IndicatorOwner(String indicatorCode, OpdRef lead, List<OpdRef> supports) {

    /** An OPD by id and name. */
    public record OpdRef(long id, String name, String shortName) {}

    public IndicatorOwner {
        supports = List.copyOf(supports);
    }

    public boolean hasLead() {
        return lead != null;
    }

    public Long leadOpdId() {
        return lead == null ? null : lead.id();
    }
}
