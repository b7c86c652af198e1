package id.pantauspbe.opd;

/** An Organisasi Perangkat Daerah of an instansi. */
public record Opd(long id, String instansiCode, String name, String shortName, String group) {}
