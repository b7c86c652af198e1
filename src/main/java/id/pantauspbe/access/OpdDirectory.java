package id.pantauspbe.access;

import java.util.List;

/**
 * The OPDs an operator account may belong to: the home Pemda's OPD registry. Implemented by the
 * OPD feature, so that account management does not depend on it.
 */
public interface OpdDirectory {

    /** An OPD as account management shows it. */
    record Entry(long id, String name) {}

    List<Entry> homeOpds();
}
