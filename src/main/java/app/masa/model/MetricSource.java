package app.masa.model;

/** Where a figure on the map comes from, so a reader can judge how far to trust it. */
public enum MetricSource {
    SURVEY,
    INTERVIEW,
    SITE_ANALYTICS,
    CUSTOMER_FEEDBACK,
    SALES_SYSTEM,
    OTHER
}
