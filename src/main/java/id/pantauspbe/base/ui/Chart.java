package id.pantauspbe.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import id.pantauspbe.base.ui.chart.ChartOption;

/**
 * An Apache ECharts chart. The option is built in Java from the typed parts of {@code base.ui.chart} and sent as JSON;
 * the client formats numbers for the page locale. Give it an accessible description with {@link
 * #setDescription(String)}: a canvas says nothing to a screen reader.
 */
@Tag("pantau-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/pantau-chart.ts")
public class Chart extends Component implements HasSize, HasStyle {

    public Chart() {
        getElement().setAttribute("role", "img");
        getElement().setProperty("locale", "id-ID");
        setWidthFull();
        setHeight("320px");
    }

    public void setOption(ChartOption option) {
        getElement().setProperty("option", option.toJson());
    }

    public void setDescription(String description) {
        getElement().setAttribute("aria-label", description);
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click in the plot area; {@link #name()} is the category (or x value) under the pointer. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<Chart> {

        private final String name;
        private final String y;

        public ClickEvent(
                Chart source,
                boolean fromClient,
                @EventData("event.detail.name") String name,
                @EventData("event.detail.y") String y) {
            super(source, fromClient);
            this.name = name;
            this.y = y;
        }

        /** The x category (or rounded x value) under the pointer. */
        public String name() {
            return name;
        }

        /** The y category (or rounded y value) under the pointer; empty when there is none. */
        public String y() {
            return y == null ? "" : y;
        }
    }
}
