package app.masa.model;

import java.util.List;
import java.util.Objects;

/** Whose journey a map tells: a segment of customers drawn as one person. */
public record Persona(String id, String name, String role, String quote, List<String> goals, List<String> needs,
                      List<String> frustrations, Extras extras) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        quote = quote == null ? "" : quote;
        goals = goals == null ? List.of() : List.copyOf(goals);
        needs = needs == null ? List.of() : List.copyOf(needs);
        frustrations = frustrations == null ? List.of() : List.copyOf(frustrations);
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Persona of(String id, String name) {
        return new Persona(id, name, "", "", List.of(), List.of(), List.of(), Extras.NONE);
    }

    public Persona withName(String v) { return new Persona(id, v, role, quote, goals, needs, frustrations, extras); }
    public Persona withRole(String v) { return new Persona(id, name, v, quote, goals, needs, frustrations, extras); }
    public Persona withQuote(String v) { return new Persona(id, name, role, v, goals, needs, frustrations, extras); }
    public Persona withGoals(List<String> v) { return new Persona(id, name, role, quote, v, needs, frustrations, extras); }
    public Persona withNeeds(List<String> v) { return new Persona(id, name, role, quote, goals, v, frustrations, extras); }
    public Persona withFrustrations(List<String> v) { return new Persona(id, name, role, quote, goals, needs, v, extras); }
}
