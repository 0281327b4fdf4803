package app.masa.model;

/** Where a touchpoint happens. */
public enum Channel {
    WEBSITE,
    PHONE,
    EMAIL,
    STORE,
    SOCIAL,
    AD,
    CHAT,
    SMS,
    DELIVERY,
    WORD_OF_MOUTH,
    APP,
    OTHER
}
