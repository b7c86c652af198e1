package id.pantauspbe.evaluation;

import java.util.Set;

/**
 * What the signed-in user may do with the values of one stage of a year.
 *
 * @param indicators the indicator codes they may edit; null means all of the framework
 */
public record EditScope(Access access, Set<String> indicators) {

    public enum Access {
        /** Values may be entered and changed. */
        EDIT,
        /** Final values: new ones need the open stage, existing ones change only by a correction with a reason. */
        CORRECTION,
        /** The role changes nothing (PIMPINAN). */
        READ_ONLY_ROLE,
        /** The stage is not open. */
        STAGE_CLOSED,
        /** OPD operators fill in the self-assessment (mandiri) only. */
        STAGE_NOT_FOR_ROLE,
        /** An OPD operator without an OPD. */
        NO_OPD
    }

    public EditScope {
        indicators = indicators == null ? null : Set.copyOf(indicators);
    }

    public boolean editable() {
        return access == Access.EDIT || access == Access.CORRECTION;
    }

    public boolean allows(String indicatorCode) {
        return editable() && (indicators == null || indicators.contains(indicatorCode));
    }
}
