package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.MAX_ROWS;
import static id.pantauspbe.rakor.ui.SlideParts.more;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.slide;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import java.util.List;

/** How the action items of the previous rakor went. */
final class PreviousSlide implements Slide {

    @Override
    public String key() {
        return "rakor.slide.previous";
    }

    @Override
    public String name() {
        return "previous";
    }

    @Override
    public Section render(SlideContext c) {
        var snapshot = c.snapshot();
        if (snapshot.previousRakor().isEmpty()) {
            return slide(c.t("rakor.slide.previous"), note(c.t("rakor.slide.previous.none")));
        }
        int year = snapshot.previousRakor().get().year();
        List<ActionItem> items = snapshot.previousActions();
        String title = c.t("rakor.slide.previous.title", year);
        if (items.isEmpty()) {
            return slide(title, note(c.t("rakor.slide.previous.empty", year)));
        }
        Paragraph summary = new Paragraph(c.t(
                "rakor.slide.previous.summary",
                count(items, ActionStatus.SELESAI),
                items.size(),
                count(items, ActionStatus.BERJALAN),
                count(items, ActionStatus.TERBUKA)));
        summary.addClassName("slide-lead");
        return slide(title, summary, ActionTable.of(c, items, "previous-actions", MAX_ROWS), more(c, items.size()));
    }

    private static long count(List<ActionItem> items, ActionStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
