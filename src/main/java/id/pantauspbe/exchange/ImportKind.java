package id.pantauspbe.exchange;

import id.pantauspbe.base.Translated;
import java.util.List;

/** What a file holds: evaluation values ("hasil") or targets; with its columns. */
@Translated({"exchange.import.kind.", "exchange.templates.download."})
public enum ImportKind {
    HASIL(
            List.of("instansi_kode", "instansi_nama", "tahun", "tahap", "indikator", "nilai"),
            List.of("instansi_kode", "instansi_nama", "tahun", "tahap", "indikator", "nilai")),
    TARGET(
            List.of("instansi_kode", "instansi_nama", "tahun", "lingkup", "kode", "nilai", "sumber", "catatan"),
            List.of("instansi_kode", "tahun", "lingkup", "nilai", "sumber"));

    private final List<String> columns;
    private final List<String> required;

    ImportKind(List<String> columns, List<String> required) {
        this.columns = columns;
        this.required = required;
    }

    /** Every column the file may have, in template order. */
    public List<String> columns() {
        return columns;
    }

    /** The columns the header must have. */
    public List<String> required() {
        return required;
    }

    /** "hasil" or "target", as in the API path and file names. */
    public String code() {
        return name().toLowerCase();
    }
}
