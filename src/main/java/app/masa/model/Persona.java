package app.masa.model;

import java.util.List;
import java.util.Objects;

/**
 * Whose journey a map tells: a segment of customers drawn as one person.
 *
 * @param photo an image embedded in the file as a data URI (see {@link PersonaPhoto}), or null
 * @param channels the channels this persona uses, in the order the designer listed them
 */
public record Persona(String id, String name, String role, String quote, List<String> goals, List<String> needs,
                      List<String> frustrations, String photo, List<Channel> channels, Extras extras) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        quote = quote == null ? "" : quote;
        goals = goals == null ? List.of() : List.copyOf(goals);
        needs = needs == null ? List.of() : List.copyOf(needs);
        frustrations = frustrations == null ? List.of() : List.copyOf(frustrations);
        photo = photo == null || photo.isBlank() ? null : photo;
        channels = channels == null ? List.of() : List.copyOf(channels);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A persona without a photo or channels. */
    public Persona(String id, String name, String role, String quote, List<String> goals, List<String> needs,
                   List<String> frustrations, Extras extras) {
        this(id, name, role, quote, goals, needs, frustrations, null, List.of(), extras);
    }

    public static Persona of(String id, String name) {
        return new Persona(id, name, "", "", List.of(), List.of(), List.of(), null, List.of(), Extras.NONE);
    }

    public Persona withName(String v) { return new Persona(id, v, role, quote, goals, needs, frustrations, photo, channels, extras); }
    public Persona withRole(String v) { return new Persona(id, name, v, quote, goals, needs, frustrations, photo, channels, extras); }
    public Persona withQuote(String v) { return new Persona(id, name, role, v, goals, needs, frustrations, photo, channels, extras); }
    public Persona withGoals(List<String> v) { return new Persona(id, name, role, quote, v, needs, frustrations, photo, channels, extras); }
    public Persona withNeeds(List<String> v) { return new Persona(id, name, role, quote, goals, v, frustrations, photo, channels, extras); }
    public Persona withFrustrations(List<String> v) { return new Persona(id, name, role, quote, goals, needs, v, photo, channels, extras); }
    public Persona withPhoto(String v) { return new Persona(id, name, role, quote, goals, needs, frustrations, v, channels, extras); }
    public Persona withChannels(List<Channel> v) { return new Persona(id, name, role, quote, goals, needs, frustrations, photo, v, extras); }
}
