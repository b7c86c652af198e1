package id.pantauspbe.rakor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pantauspbe.base.TextFormat;
import java.io.File;

/** Logo, Pemda, meeting title, the year's index, predikat and target, and when the data was taken. */
final class TitleSlide implements Slide {

    @Override
    public String key() {
        return "rakor.slide.title";
    }

    @Override
    public String name() {
        return "title";
    }

    @Override
    public Section render(SlideContext c) {
        var snapshot = c.snapshot();
        String alt = c.t("layout.logo", c.pemda().nama());
        Image logo = c.pemda().logo().isEmpty()
                ? new Image("images/logo-pemda.svg", alt)
                : new Image(DownloadHandler.forFile(new File(c.pemda().logo())), alt);
        logo.addClassName("title-logo");
        Span kicker = new Span(snapshot.pemdaName());
        kicker.addClassName("title-pemda");
        H1 title = new H1(c.t("rakor.title"));
        title.addClassName("title-main");
        // "Hasil evaluasi tahun 2021" only for a settled result; a draft says it is not the result
        H2 subtitle = new H2(c.t(
                snapshot.settled() ? "rakor.subtitle" : "rakor.subtitle.provisional",
                snapshot.instansi().name(),
                snapshot.year()));
        subtitle.addClassName("title-sub");
        Div facts = new Div(Facts.index(c), Facts.predikat(c), Facts.target(c));
        facts.addClassName("facts");
        Paragraph per = new Paragraph(c.t("rakor.dataPer", TextFormat.dateTime(snapshot.builtAt())));
        per.addClassName("title-data-per");
        Paragraph filters = new Paragraph(c.filters());
        filters.addClassName("title-filters");
        Div box = new Div(logo, kicker, title, subtitle, facts, per, filters);
        box.addClassName("title-box");
        return new Section(box);
    }
}
