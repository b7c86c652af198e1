package id.pantauspbe.evaluation;

import java.util.Map;
import java.util.Set;

/**
 * Which OPD answers for which indicator in a year. Implemented by the OPD feature, so that the
 * evaluation and analysis features can name lead OPDs and limit an OPD operator to their own
 * indicators without depending on it.
 */
public interface IndicatorOwners {

    /** The indicators an OPD leads in a year. */
    Set<String> ledBy(String instansiCode, int year, long opdId);

    /** Indicator code → its owners in a year; indicators without any owner are absent. */
    Map<String, IndicatorOwner> owners(String instansiCode, int year);
}
