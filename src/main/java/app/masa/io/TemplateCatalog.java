package app.masa.io;

import app.masa.i18n.Messages;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The templates shipped inside Masa. {@code index.txt} in the template folder names them, one id a
 * line in the order they are offered ({@code #} starts a comment); each is written once per language
 * as {@code <id>.<lang>.journey.json}. Beside them, in {@code blank/}, the blank map: stages and
 * lanes with nothing in them, for people who bring their own journey.
 */
public final class TemplateCatalog {
    static final String BUILT_IN = "app/masa/templates/";
    /** The languages Masa speaks, in the order they are offered. */
    static final List<String> LANGUAGES = List.of("en", "he");
    /** The id of the blank map, which {@link #create} makes like a template. */
    public static final String BLANK = "blank";
    /** The map the designer opens on, in order of preference. */
    private static final List<String> SAMPLE_PREFERENCE = List.of("organic-grocer", "funnel");

    private final ClassLoader loader;
    private final String folder;
    private final Clock clock;
    private List<TemplateInfo> templates;

    TemplateCatalog(ClassLoader loader, String folder, Clock clock) {
        this.loader = loader;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.clock = clock;
    }

    public static TemplateCatalog builtIn() {
        return new TemplateCatalog(TemplateCatalog.class.getClassLoader(), BUILT_IN, Clock.systemUTC());
    }

    /** Every template with its title in each language, in the order of the index. */
    public synchronized List<TemplateInfo> list() {
        if (templates == null) {
            List<TemplateInfo> found = new ArrayList<>();
            for (String id : ids()) {
                Map<String, String> titles = new LinkedHashMap<>();
                for (String language : LANGUAGES) {
                    if (loader.getResource(resource(id, language)) != null) {
                        titles.put(language, titleOf(id, language));
                    }
                }
                if (!titles.isEmpty()) {
                    found.add(new TemplateInfo(id, titles, List.copyOf(titles.keySet())));
                }
            }
            templates = List.copyOf(found);
        }
        return templates;
    }

    /** The blank map, when it is installed, then every template: what New and {@code masa templates} offer. */
    public synchronized List<TemplateInfo> offered() {
        List<TemplateInfo> all = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (loader.getResource(resource(BLANK, language)) != null) {
                titles.put(language, Messages.get(Locale.forLanguageTag(language), "io.template.blank"));
            }
        }
        if (!titles.isEmpty()) {
            all.add(new TemplateInfo(BLANK, titles, List.copyOf(titles.keySet())));
        }
        all.addAll(list());
        return all;
    }

    /** A fresh document from a template (or the blank map), created and modified now. */
    public JourneyFile create(String id, String language) throws JourneyFileException {
        TemplateInfo info = find(id);
        if (!info.languages().contains(language)) {
            throw new JourneyFileException(Messages.get("io.template.noLanguage", id, language,
                    String.join(", ", info.languages())));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JourneyFile file = read(id, language);
        List<JourneyMap> fresh = new ArrayList<>();
        for (JourneyMap map : file.maps()) {
            fresh.add(map.withCreated(now).withModified(now));
        }
        return file.withMaps(fresh);
    }

    /**
     * The map the designer opens on when started without a file: the organic grocer when it is
     * installed, else the funnel, else the first template; in the language asked for when the
     * template has it.
     */
    public JourneyFile sample(String language) throws JourneyFileException {
        List<TemplateInfo> all = list();
        if (all.isEmpty()) {
            throw new JourneyFileException(Messages.get("io.template.none"));
        }
        TemplateInfo chosen = all.get(0);
        for (String preferred : SAMPLE_PREFERENCE) {
            TemplateInfo match = all.stream().filter(t -> t.id().equals(preferred)).findFirst().orElse(null);
            if (match != null) {
                chosen = match;
                break;
            }
        }
        String lang = chosen.languages().contains(language) ? language : chosen.languages().get(0);
        return create(chosen.id(), lang);
    }

    private TemplateInfo find(String id) throws JourneyFileException {
        for (TemplateInfo info : offered()) {
            if (info.id().equals(id)) {
                return info;
            }
        }
        List<String> ids = offered().stream().map(TemplateInfo::id).toList();
        throw new JourneyFileException(Messages.get("io.template.unknown", id, String.join(", ", ids)));
    }

    private JourneyFile read(String id, String language) throws JourneyFileException {
        String name = resource(id, language);
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new JourneyFileException(Messages.get("io.template.unknown", id, ""));
            }
            return JourneyCodec.read(in.readAllBytes(), id + "." + language);
        } catch (JourneyFormatException e) {
            throw new JourneyFileException(Messages.get("io.template.broken", id,
                    JourneyFormatException.describe(e.problems().get(0))), e.problems(), e);
        } catch (IOException e) {
            throw new JourneyFileException(Messages.get("io.template.broken", id, SaveFailures.systemReason(e)), e);
        }
    }

    private String titleOf(String id, String language) {
        try {
            JourneyFile file = read(id, language);
            String title = file.maps().get(0).title();
            return title.isBlank() ? id : title;
        } catch (JourneyFileException e) {
            return id;
        }
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(folder + "index.txt")) {
            if (in == null) {
                return ids;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String id = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    private String resource(String id, String language) {
        String place = id.equals(BLANK) ? folder + BLANK + "/" : folder;
        return place + id + "." + language + ".journey.json";
    }
}
