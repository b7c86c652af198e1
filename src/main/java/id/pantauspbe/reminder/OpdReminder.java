package id.pantauspbe.reminder;

import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import java.util.List;

/** The reminder one OPD gets in a run: its due and overdue items, most urgent first. */
public record OpdReminder(Opd opd, OpdContact contact, List<DueItem> items) {

    public OpdReminder {
        items = List.copyOf(items);
    }

    public long overdueCount() {
        return items.stream().filter(DueItem::overdue).count();
    }
}
