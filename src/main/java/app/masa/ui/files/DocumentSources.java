package app.masa.ui.files;

import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.model.JourneyFile;
import java.util.List;

/** Where new documents come from: the built-in templates and the sample map. */
public interface DocumentSources {
    List<TemplateInfo> templates();

    JourneyFile create(String templateId, String language) throws JourneyFileException;

    JourneyFile sample(String language) throws JourneyFileException;

    static DocumentSources builtIn() {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        return new DocumentSources() {
            @Override
            public List<TemplateInfo> templates() {
                return catalog.list();
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
