package app.masa.edit;

/** A command that adds something new to a document, and the id it gave the new thing. */
public record Addition(Command command, String id) {
}
