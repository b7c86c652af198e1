package id.pantauspbe.opd;

import java.time.LocalDate;

/** A deadline of a stage of an evaluation year (for example "OPD melengkapi data dukung", 18 June). */
public record StageDeadline(String instansiCode, int year, String stage, String name, LocalDate dueDate) {}
