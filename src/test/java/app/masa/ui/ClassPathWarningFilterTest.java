package app.masa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter drops JavaFX's class-path warning and nothing else, on the path JavaFX logs through. */
class ClassPathWarningFilterTest {
    private final Logger javafx = Logger.getLogger("javafx");
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> published = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record.getLoggerName() + ": " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        ClassPathWarningFilter.install();
        javafx.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        javafx.removeHandler(capture);
    }

    @Test
    void theClassPathWarningIsDropped() {
        System.getLogger("javafx").log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");

        assertThat(published).isEmpty();
    }

    @Test
    void otherJavaFxWarningsStillShow() {
        System.getLogger("javafx").log(System.Logger.Level.WARNING, "Loading FXML document with JavaFX API of version 22");
        System.getLogger("javafx.css").log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from a child logger");

        assertThat(published).containsExactly(
                "javafx: Loading FXML document with JavaFX API of version 22",
                "javafx.css: Unsupported JavaFX configuration: classes were loaded from a child logger");
    }

    @Test
    void installingTwiceKeepsOneFilter() {
        ClassPathWarningFilter.install();

        assertThat(javafx.getFilter()).isInstanceOf(ClassPathWarningFilter.class);
        assertThat(css.getFilter()).isNull();
    }
}
