package id.pantauspbe.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.ui.EvidenceGrid;
import java.util.List;

/** The evidence of one indicator in a year, with its files the user may read and a link to all evidence. */
final class IndicatorEvidenceList extends Div {

    IndicatorEvidenceList(
            EvidenceService evidence, EvidenceFileService files, String instansiCode, int year, String indicatorCode) {
        addClassName("entry-evidence");
        add(new H3(getTranslation("assessment.evidence")));
        List<EvidenceItem> items = evidence.forIndicator(instansiCode, year, indicatorCode);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.evidence.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (EvidenceItem item : items) {
                ListItem li = new ListItem();
                li.add(new Span(item.title() + " · " + getTranslation("evidence.status." + item.status())));
                if (files.canRead(item)) {
                    files.files(item.id()).forEach(f -> li.add(new Span(" "), EvidenceGrid.downloadLink(f)));
                }
                if (item.link() != null) {
                    Anchor link = new Anchor(item.link(), getTranslation("assessment.evidence.open"));
                    link.setTarget("_blank");
                    li.add(new Span(" "), link);
                }
                list.add(li);
            }
            add(list);
        }
        add(new Anchor(
                "data-dukung?instansi=" + instansiCode + "&tahun=" + year + "&indikator=" + indicatorCode,
                getTranslation("assessment.evidence.all")));
    }
}
