package id.pantauspbe.rakor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;

/** Building blocks of the slides: heading and body, tables, notes, facts. */
final class SlideParts {

    /** Rows of a table on a slide (more would not fit 1280×720); the PDF lists all. */
    static final int MAX_ROWS = 7;

    private SlideParts() {}

    static Section slide(String title, Component... body) {
        H1 heading = new H1(title);
        heading.addClassName("slide-heading");
        Div content = new Div(body);
        content.addClassName("slide-body");
        return new Section(heading, content);
    }

    static NativeTable table(String className, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassNames("slide-table", className);
        NativeTableRow head = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        table.getBody();
        return table;
    }

    static void row(NativeTable table, String className, Component... cells) {
        NativeTableRow row = new NativeTableRow();
        if (className != null) {
            row.addClassName(className);
        }
        for (Component c : cells) {
            NativeTableCell cell = new NativeTableCell(c);
            if (c.getClassNames().contains("number")) {
                cell.addClassName("number");
            }
            row.add(cell);
        }
        table.getBody().add(row);
    }

    static Span text(String value) {
        return new Span(Objects.requireNonNullElse(value, "–"));
    }

    static Span strong(String value) {
        Span span = text(value);
        span.addClassName("strong");
        return span;
    }

    static Span number(String value) {
        Span span = text(value);
        span.addClassName("number");
        return span;
    }

    /** A sentence standing for missing content ("Belum ada …"). */
    static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("slide-note");
        return p;
    }

    /** A short explanation under a heading. */
    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("slide-hint");
        return p;
    }

    /** "dan 3 lainnya (lihat laporan PDF)" under a table cut at {@code shown} rows. */
    static Component more(SlideContext c, int size, int shown) {
        Span more = new Span(size > shown ? c.t("rakor.slide.more", size - shown) : "");
        more.addClassName("slide-more");
        return more;
    }

    static Component more(SlideContext c, int size) {
        return more(c, size, MAX_ROWS);
    }

    /** A large labelled figure (index, predikat, target). */
    static Div fact(String className, String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div fact = new Div(l, v);
        fact.addClassNames("fact", className);
        return fact;
    }

    static Div columns(Component... columns) {
        Div div = new Div(columns);
        div.addClassName("slide-columns");
        return div;
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
