package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.plan.PlanProgress;

/**
 * The saved rencana peningkatan of a year against the self-assessment: "7 dari 12 langkah
 * tercapai", then each step with its OPD, due date and whether it is reached. For the Rencana page,
 * the Ringkasan and the OPD page.
 */
public class PlanProgressCard extends Div {

    public PlanProgressCard(PlanProgress progress) {
        this(progress, true);
    }

    public PlanProgressCard(PlanProgress progress, boolean withSteps) {
        addClassNames("plan-progress", "card");
        add(new H3(getTranslation(
                "plan.progress.title",
                String.valueOf(progress.plan().year()),
                TextFormat.decimal(progress.plan().target()))));
        Paragraph count = new Paragraph(getTranslation(
                "plan.progress.count", String.valueOf(progress.reachedCount()), String.valueOf(progress.total())));
        count.addClassName("plan-progress-count");
        add(count);
        if (!withSteps) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plan-progress-steps");
        for (PlanProgress.StepProgress s : progress.steps()) {
            ListItem item = new ListItem(getTranslation(
                    s.reached() ? "plan.progress.reached" : "plan.progress.open",
                    s.step().indicatorCode(),
                    s.indicatorName(),
                    TextFormat.level(s.step().to()),
                    TextFormat.level(s.current()),
                    s.step().opdName() == null ? "–" : s.step().opdName(),
                    s.step().dueDate() == null ? "–" : TextFormat.date(s.step().dueDate())));
            item.addClassName(s.reached() ? "plan-step-reached" : "plan-step-open");
            list.add(item);
        }
        add(list);
    }
}
