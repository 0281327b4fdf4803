package app.masa.model;

/** Where an opportunity stands: from an idea to done, or dropped. */
public enum OpportunityStatus { IDEA, PLANNED, DOING, DONE, DROPPED }
