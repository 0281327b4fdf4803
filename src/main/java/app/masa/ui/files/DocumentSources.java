package app.masa.ui.files;

import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.model.JourneyFile;
import java.util.List;

/** Where new documents come from: the blank map, the built-in templates and the sample map. */
public interface DocumentSources {
    /** What File > New offers: the blank map first, then the templates. */
    List<TemplateInfo> templates();

    JourneyFile create(String templateId, String language) throws JourneyFileException;

    JourneyFile sample(String language) throws JourneyFileException;

    static DocumentSources builtIn() {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        return new DocumentSources() {
            @Override
            public List<TemplateInfo> templates() {
                return catalog.offered();
            }

            @Override
            public JourneyFile create(String templateId, String language) throws JourneyFileException {
                return catalog.create(templateId, language);
            }

            @Override
            public JourneyFile sample(String language) throws JourneyFileException {
                return catalog.sample(language);
            }
        };
    }
}
