package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.SampleMaps;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report pages of an export speak the map's language, whatever the interface's, unless asked otherwise. */
class ReportLanguageTest {
    private static final ExportOptions REPORT = ExportOptions.defaults().withReport(true)
            .withDate(LocalDate.of(2026, 11, 22));

    private final Path dir = TestMaps.tempDir();

    @Test
    void aHebrewMapExportedFromAnEnglishInterfaceGetsAHebrewReport() throws Exception {
        Locale before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        try {
            Path pdf = dir.resolve("report-he.pdf");
            new PdfExporter().export(List.of(SampleMaps.hebrew()), REPORT, pdf, ExportProgress.NONE);
            assertThat(PdfTexts.text(pdf)).contains("תובנות:", "נקודות כאב לפי שלב")
                    .doesNotContain("Insights:", "Pain points by stage", "Page ");

            Path english = dir.resolve("report-he-in-en.pdf");
            new PdfExporter().export(List.of(SampleMaps.hebrew()), REPORT.withLanguage(Locale.ENGLISH), english,
                    ExportProgress.NONE);
            assertThat(PdfTexts.text(english)).contains("Insights:", "Pain points by stage");
        } finally {
            Messages.setLocale(before);
        }
    }
}
