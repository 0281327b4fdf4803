package app.masa.io.fuzz;

/** One hostile variant of a template: its bytes and how it was made, for the failure report. */
record Mutation(String description, byte[] bytes) {
}
