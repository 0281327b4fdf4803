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
    private List<String> indexed;

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
        List<String> languages = languagesOf(id);
        if (languages.isEmpty()) {
            throw new JourneyFileException(Messages.get("io.template.unknown", id, String.join(", ", offeredIds())));
        }
        if (!languages.contains(language)) {
            throw new JourneyFileException(Messages.get("io.template.noLanguage", id, language,
                    String.join(", ", languages)));
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
        // Only the chosen template is read: the titles of the others are not needed to open it.
        List<String> candidates = new ArrayList<>(SAMPLE_PREFERENCE);
        candidates.addAll(ids());
        for (String id : candidates) {
            List<String> languages = languagesOf(id);
            if (!languages.isEmpty()) {
                return create(id, languages.contains(language) ? language : languages.get(0));
            }
        }
        throw new JourneyFileException(Messages.get("io.template.none"));
    }

    /** The languages a template (or the blank map) is written in; none when it is not installed. */
    private List<String> languagesOf(String id) {
        if (!id.equals(BLANK) && !ids().contains(id)) {
            return List.of();
        }
        return LANGUAGES.stream().filter(language -> loader.getResource(resource(id, language)) != null).toList();
    }

    /** The ids New offers, the blank map first, without reading any template. */
    private List<String> offeredIds() {
        List<String> offered = new ArrayList<>();
        offered.add(BLANK);
        offered.addAll(ids());
        offered.removeIf(id -> languagesOf(id).isEmpty());
        return offered;
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

    /** The ids the index names, read once. */
    private synchronized List<String> ids() {
        if (indexed == null) {
            indexed = List.copyOf(readIndex());
        }
        return indexed;
    }

    private List<String> readIndex() {
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
