package id.pantauspbe.opd;

import id.pantauspbe.base.Translated;

/** What an OPD does for an indicator in a year (column {@code indicator_owner.owner_role}). */
@Translated({"opd.role."})
public enum OwnerRole {
    /** The one OPD answerable for the indicator (OPD pengampu). */
    LEAD,
    /** An OPD that helps with it (OPD pendukung). */
    SUPPORT
}
