package id.pantauspbe.evaluation;

/**
 * A backup taken before a change that is hard to undo (an import, closing a stage). Implemented by
 * the backup feature, so that evaluation and exchange can ask for one without depending on it.
 */
public interface SafetyBackup {

    /** Why a backup is taken; part of the backup's name. */
    enum Reason {
        IMPORT("impor"),
        STAGE_CLOSE("tutup-tahap");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    /**
     * Takes a backup now when backups before this kind of change are switched on.
     *
     * @throws RuntimeException when the backup could not be written: the change must not go ahead
     */
    void before(Reason reason);
}
