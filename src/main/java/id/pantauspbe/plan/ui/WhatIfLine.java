package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.plan.WhatIf;

/** The Rencana page's what-if line: index, predikat, gap to the target and effort with the steps taken. */
class WhatIfLine extends Div {

    private final Span indexText = new Span();
    private final Span predikatText = new Span();
    private final Span gapText = new Span();
    private final Span effortText = new Span();

    WhatIfLine() {
        addClassName("plan-what-if");
        indexText.addClassName("plan-index");
        predikatText.addClassName("plan-predikat");
        gapText.addClassName("plan-gap");
        effortText.addClassName("plan-effort");
        add(
                new Span(getTranslation("plan.whatIf") + " "),
                indexText,
                new Span(" · "),
                predikatText,
                new Span(" · "),
                gapText,
                new Span(" · "),
                effortText);
    }

    void show(WhatIf w) {
        indexText.setText(
                getTranslation("plan.index", TextFormat.decimal(w.published()), TextFormat.exactFour(w.exact())));
        predikatText.setText(w.predikat() == null ? "–" : w.predikat());
        gapText.setText(getTranslation("plan.gap", TextFormat.signed(w.gap())));
        effortText.setText(getTranslation("plan.effort", String.valueOf(w.effort())));
    }
}
