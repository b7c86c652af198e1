package id.pantauspbe.rakor.ui;

import id.pantauspbe.base.PemdaSettings;
import id.pantauspbe.base.Texts;
import id.pantauspbe.rakor.RakorService;
import id.pantauspbe.rakor.RakorSnapshot;

/**
 * What a slide is built from: the snapshot shown, the user's texts and, in edit mode (ADMIN or
 * ASESOR only), the service to record what the meeting agrees and a way to show the change.
 *
 * @param editing whether edit controls are shown (never while presenting)
 * @param reload takes a new snapshot and shows the slide again after a change
 */
record SlideContext(
        RakorSnapshot snapshot,
        RakorService service,
        PemdaSettings pemda,
        boolean editing,
        Texts texts,
        Runnable reload) {

    String t(String key, Object... params) {
        return texts.get(key, params);
    }

    int year() {
        return snapshot.year();
    }

    /** "domain" or "aspek": the level of the breakdown (a framework without domains uses aspects). */
    String level() {
        return t(snapshot.overview().breakdownByAspect() ? "rakor.level.ASPECT" : "rakor.level.DOMAIN");
    }

    /** The filters shown on the title slide and in the foot. */
    String filters() {
        return t(
                "rakor.filters",
                snapshot.instansi().name(),
                snapshot.instansi().code(),
                snapshot.year(),
                t(snapshot.anonymous() ? "rakor.filters.anonymous" : "rakor.filters.named"));
    }
}
