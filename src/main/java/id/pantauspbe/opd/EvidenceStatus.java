package id.pantauspbe.opd;

import id.pantauspbe.base.Translated;

/** Status of an evidence document (data dukung). */
@Translated({"evidence.status."})
public enum EvidenceStatus {
    /** Not provided yet. */
    BELUM,
    /** Provided by the OPD, waiting for verification. */
    DIUNGGAH,
    /** Checked and accepted by the assessors. */
    DIVERIFIKASI,
    /** Checked and rejected (with a reason). */
    DITOLAK
}
