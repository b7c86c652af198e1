package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.OpdPlanSteps;
import java.util.Optional;

/** The OPD's steps of the year's rencana peningkatan and how many the self-assessment reaches. */
class OpdPlanCard extends Section {

    OpdPlanCard(Optional<OpdPlanSteps.Progress> progress) {
        addClassNames("card", "opd-plan");
        setVisible(progress.isPresent());
        if (progress.isEmpty()) {
            return;
        }
        OpdPlanSteps.Progress p = progress.get();
        add(new H3(getTranslation("plan.opd.title")));
        Paragraph count = new Paragraph(
                getTranslation("plan.progress.count", String.valueOf(p.reached()), String.valueOf(p.total())));
        count.addClassName("plan-progress-count");
        add(count);
        UnorderedList list = new UnorderedList();
        for (OpdPlanSteps.Line line : p.steps()) {
            ListItem item = new ListItem(getTranslation(
                    line.reached() ? "plan.opd.reached" : "plan.opd.open",
                    line.indicatorCode(),
                    line.indicatorName(),
                    TextFormat.level(line.level()),
                    TextFormat.level(line.current()),
                    line.dueDate() == null ? "–" : TextFormat.date(line.dueDate())));
            item.addClassName(line.reached() ? "plan-step-reached" : "plan-step-open");
            list.add(item);
        }
        add(list);
    }
}
