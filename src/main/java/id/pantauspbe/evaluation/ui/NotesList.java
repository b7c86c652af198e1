package id.pantauspbe.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.evaluation.TimelineNote;
import java.util.List;
import java.util.function.Consumer;

/** Timeline notes as a list: year, the node they concern, the text, author and date. */
public class NotesList extends Div {

    /**
     * @param onDelete called for a note's delete button; null shows no buttons
     */
    public NotesList(List<TimelineNote> notes, Consumer<TimelineNote> onDelete) {
        addClassName("notes-list");
        if (notes.isEmpty()) {
            add(new Paragraph(getTranslation("notes.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (TimelineNote note : notes) {
            Span where = new Span(
                    note.onYear()
                            ? String.valueOf(note.year())
                            : getTranslation(
                                    "notes.on",
                                    note.year(),
                                    note.nodeCode(),
                                    note.nodeName() == null ? "" : note.nodeName()));
            where.addClassName("note-where");
            Span text = new Span(note.text());
            text.addClassName("note-text");
            Span by = new Span(getTranslation(
                    "notes.by", note.author(), TextFormat.date(note.createdAt().toLocalDate())));
            by.addClassName("note-by");
            ListItem item = new ListItem(where, text, by);
            item.addClassName("note");
            if (onDelete != null) {
                Button delete = new Button(getTranslation("notes.delete"), e -> onDelete.accept(note));
                delete.addThemeVariants(
                        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                item.add(delete);
            }
            list.add(item);
        }
        add(list);
    }
}
