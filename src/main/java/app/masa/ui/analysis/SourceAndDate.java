package app.masa.ui.analysis;

import app.masa.i18n.Messages;
import app.masa.model.MetricSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;

/** Where figures come from and when they were measured: a choice of source and a date, both optional. */
final class SourceAndDate {
    private final ComboBox<Optional<MetricSource>> source = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final Supplier<MetricSource> readSource;
    private final Supplier<LocalDate> readDate;
    private boolean updating;

    SourceAndDate(String idPrefix, Supplier<MetricSource> readSource, Supplier<LocalDate> readDate,
                  Consumer<MetricSource> writeSource, Consumer<LocalDate> writeDate) {
        this.readSource = readSource;
        this.readDate = readDate;
        List<Optional<MetricSource>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (MetricSource s : MetricSource.values()) {
            choices.add(Optional.of(s));
        }
        source.getItems().setAll(choices);
        source.setId(idPrefix + "-source");
        source.setCellFactory(list -> new SourceCell());
        source.setButtonCell(new SourceCell());
        date.setId(idPrefix + "-date");
        source.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !Objects.equals(now.orElse(null), readSource.get())) {
                writeSource.accept(now.orElse(null));
            }
        });
        date.valueProperty().addListener((o, was, now) -> {
            if (!updating && !Objects.equals(now, readDate.get())) {
                writeDate.accept(now);
            }
        });
        refresh();
    }

    ComboBox<Optional<MetricSource>> source() {
        return source;
    }

    DatePicker date() {
        return date;
    }

    void refresh() {
        updating = true;
        try {
            source.setValue(Optional.ofNullable(readSource.get()));
            date.setValue(readDate.get());
        } finally {
            updating = false;
        }
    }

    static String name(Optional<MetricSource> value) {
        return value == null || value.isEmpty() ? Messages.get("inspector.metrics.source.none")
                : Messages.get("inspector.metrics.source." + value.get().name().toLowerCase(Locale.ROOT));
    }

    private static final class SourceCell extends ListCell<Optional<MetricSource>> {
        @Override
        protected void updateItem(Optional<MetricSource> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name(item));
        }
    }
}
