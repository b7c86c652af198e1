package id.pantauspbe.opd;

/** Progress of an action item agreed in a rakor. */
public enum ActionStatus {
    /** Agreed, not started. */
    TERBUKA,
    /** Being worked on. */
    BERJALAN,
    /** Done. */
    SELESAI
}
