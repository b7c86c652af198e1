package id.pantauspbe.opd;

import java.util.List;

/**
 * The actions agreed with an OPD in rakor meetings. Implemented by the rakor feature, which records
 * them, so that OPD pages show them without depending on it.
 */
public interface OpdActions {

    /** The action items agreed for an OPD in any rakor, the newest rakor first. */
    List<ActionItem> ofOpd(long opdId);
}
