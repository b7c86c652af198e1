package id.pantauspbe.opd;

import id.pantauspbe.base.Translated;

/** Progress of an action item agreed in a rakor. */
@Translated({"rakor.action.status."})
public enum ActionStatus {
    /** Agreed, not started. */
    TERBUKA,
    /** Being worked on. */
    BERJALAN,
    /** Done. */
    SELESAI
}
