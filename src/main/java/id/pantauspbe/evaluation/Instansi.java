package id.pantauspbe.evaluation;

/** An evaluated instansi (a Pemda, a central agency) or a national average. */
public record Instansi(String code, String name, Kind kind, String province, boolean home) {

    public enum Kind {
        PEMDA,
        PUSAT,
        NASIONAL
    }
}
