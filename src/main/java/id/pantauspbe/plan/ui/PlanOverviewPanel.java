package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.plan.Forecast;
import id.pantauspbe.plan.ForecastService;
import id.pantauspbe.plan.SavedPlanService;
import java.util.Optional;

/**
 * What the planner adds to the Ringkasan of a year: the saved plan's progress ("7 dari 12 langkah
 * tercapai") and, for a year without a final result, the forecast with its range, the method in one
 * sentence, the backtest and whether the target lies in the range. Empty when there is neither.
 */
public class PlanOverviewPanel extends Div {

    public PlanOverviewPanel(SavedPlanService plans, ForecastService forecasts, String instansiCode, int year) {
        addClassName("plan-overview");
        plans.progress(instansiCode, year).ifPresent(p -> add(new PlanProgressCard(p, false)));
        forecasts.pendingForecast(instansiCode, year).ifPresent(f -> add(new ForecastCard(f)));
        setVisible(getChildren().findAny().isPresent());
    }

    /** The forecast of a year as a card. */
    public static class ForecastCard extends Div {

        public ForecastCard(Forecast f) {
            addClassNames("forecast-card", "card");
            add(new H3(getTranslation("plan.forecast.title", String.valueOf(f.year()))));
            Paragraph value = new Paragraph(
                    f.hasRange()
                            ? getTranslation(
                                    "plan.forecast.value",
                                    TextFormat.decimal(f.estimate()),
                                    TextFormat.decimal(f.low()),
                                    TextFormat.decimal(f.high()))
                            : TextFormat.decimal(f.estimate()));
            value.addClassName("forecast-value");
            add(value);
            Optional.of(f.targetText(this::getTranslation))
                    .filter(t -> !t.isBlank())
                    .ifPresent(t -> add(paragraph("forecast-target", t)));
            add(paragraph("forecast-basis", f.basisText(this::getTranslation)));
            add(paragraph("forecast-method", f.methodText(this::getTranslation)));
            add(paragraph("forecast-backtest", f.rangeHeldText(this::getTranslation)));
        }

        private static Paragraph paragraph(String className, String text) {
            Paragraph p = new Paragraph(text);
            p.addClassName(className);
            return p;
        }
    }
}
