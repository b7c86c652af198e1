package id.pantauspbe.evaluation.ui;

import com.vaadin.flow.router.Location;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The selection a URL asks for ({@code ?instansi=CONTOH&tahun=2021}), decided by {@link SelectionService}. */
public final class Selections {

    private Selections() {}

    public static Optional<Selection> results(SelectionService selections, Location location) {
        return selections.results(instansi(location), year(location));
    }

    public static Optional<Selection> work(SelectionService selections, Location location) {
        return work(selections, location, List.of());
    }

    public static Optional<Selection> work(
            SelectionService selections, Location location, Collection<Integer> extraYears) {
        return selections.work(instansi(location), year(location), extraYears);
    }

    private static String instansi(Location location) {
        return QueryParams.first(location, QueryParams.INSTANSI);
    }

    private static Integer year(Location location) {
        return QueryParams.year(QueryParams.first(location, QueryParams.YEAR));
    }
}
