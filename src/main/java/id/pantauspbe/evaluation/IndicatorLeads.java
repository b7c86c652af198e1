package id.pantauspbe.evaluation;

import java.util.Set;

/**
 * Which indicators an OPD leads in a year (implemented by the OPD feature), so that the evaluation
 * feature can limit an OPD operator to their own indicators without depending on it.
 */
public interface IndicatorLeads {

    Set<String> ledBy(String instansiCode, int year, long opdId);
}
