package id.pantauspbe.access;

import id.pantauspbe.base.Translated;

/** Application roles. */
@Translated({"role."})
public enum Role {
    /** Coordinator (Diskominfo): everything. */
    ADMIN,
    /** Kepala Dinas / pimpinan: reads everything, changes nothing. */
    PIMPINAN,
    /** Internal assessor: reviews and sets values of the open stage. */
    ASESOR,
    /** OPD operator: edits the indicators and evidence its OPD leads. */
    OPERATOR_OPD
}
